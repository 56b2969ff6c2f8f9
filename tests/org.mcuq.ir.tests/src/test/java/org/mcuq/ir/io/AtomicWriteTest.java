package org.mcuq.ir.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mcuq.ir.io.NetworkAssertions.assertSameNetwork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing replaces the file in one step, leaves no temporary file and never clobbers a file on failure. */
class AtomicWriteTest {

    @TempDir
    Path temp;

    @Test
    void writingLeavesOnlyTheTargetFile() throws IOException {
        Path file = temp.resolve("net.mcuqnet");

        NetworkFiles.write(AllLayersNetwork.build(1), file);
        NetworkFiles.write(AllLayersNetwork.build(2), file);

        assertEquals(List.of("net.mcuqnet"), names(temp));
        assertSameNetwork(AllLayersNetwork.build(2), NetworkFiles.read(file));
    }

    @Test
    void aFailingWriteKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path file = temp.resolve("net.mcuqnet");
        NetworkFiles.write(AllLayersNetwork.build(1), file);
        byte[] before = Files.readAllBytes(file);

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("disk full", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("net.mcuqnet"), names(temp));
    }

    @Test
    void invalidMetadataFailsBeforeAnythingIsWritten() throws IOException {
        Path file = temp.resolve("net.mcuqnet");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("inputScaling", null);

        assertThrows(IllegalArgumentException.class, () -> NetworkFiles.write(AllLayersNetwork.build(1), withNull,
                file));

        assertEquals(List.of(), names(temp));
    }

    @Test
    void aFolderOrAMissingFolderIsRefusedWithoutTouchingIt() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("models.mcuqnet"));
        Files.writeString(folder.resolve("keep.txt"), "mine");
        Path missing = temp.resolve("nowhere").resolve("net.mcuqnet");

        NetworkFileException intoFolder = assertThrows(NetworkFileException.class,
                () -> NetworkFiles.write(AllLayersNetwork.build(1), folder));
        NetworkFileException intoNothing = assertThrows(NetworkFileException.class,
                () -> NetworkFiles.write(AllLayersNetwork.build(1), missing));

        assertEquals(folder + ": this is a folder; give a file name ending in .mcuqnet", intoFolder.getMessage());
        assertEquals(missing + ": the folder " + missing.getParent() + " does not exist; create it first",
                intoNothing.getMessage());
        assertEquals(List.of("keep.txt"), names(folder));
        assertEquals(List.of("models.mcuqnet"), names(temp));
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
