package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.mcuq.boards.BoardException;
import org.mcuq.boards.FirmwareKit;

/** The firmware kit's source files by name, for a LiteEngine firmware skeleton. */
public final class KitFiles {

    private KitFiles() {
    }

    /**
     * The kit's sources, with the DWT cycle-counting marker instead of the profiler's when {@code cycleCounter}
     * (only one of the two may be in a project: its Makefile compiles every other .c file as application code).
     * The kit writes its sources only to a folder, so they are read back from a temporary one.
     */
    public static Map<String, byte[]> read(boolean cycleCounter) {
        Path kit = null;
        try {
            kit = Files.createTempDirectory("mcuq-kit");
            FirmwareKit.writeSources(kit);
            if (cycleCounter) {
                FirmwareKit.writeCycleCounter(kit);
                Files.delete(kit.resolve("mcuq_mark.c"));
            }
            return readFolder(kit);
        } catch (IOException e) {
            throw new BoardException("Could not read the firmware kit's sources: " + e.getMessage(), e);
        } finally {
            Folders.deleteQuietly(kit);
        }
    }

    private static Map<String, byte[]> readFolder(Path kit) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(kit)) {
            for (Path file : list.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".template")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
