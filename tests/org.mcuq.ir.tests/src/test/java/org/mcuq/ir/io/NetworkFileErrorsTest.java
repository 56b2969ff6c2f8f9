package org.mcuq.ir.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad network file gives its own {@link NetworkFileException} naming the file and the place. */
class NetworkFileErrorsTest {

    @TempDir
    Path temp;

    private Path good;

    @BeforeEach
    void writeAGoodFile() throws IOException {
        good = temp.resolve("good.mcuqnet");
        NetworkFiles.write(AllLayersNetwork.build(1), Map.of("inputScaling", "pixel / 255"), good);
    }

    @Test
    void aFileThatIsNoZip() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.mcuqnet"), "conv 3x3");

        assertEquals(file + ": not an MCUQ network file: a .mcuqnet file is a zip archive, but this one starts with"
                + " bytes 63 6f 6e 76; select a file written by NetworkFiles.write", message(file));
    }

    @Test
    void anEmptyFileAFolderAndAMissingFile() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.mcuqnet"));
        Path missing = temp.resolve("missing.mcuqnet");

        assertTrue(message(empty).startsWith(empty + ": the file is empty;"), message(empty));
        assertEquals(temp + ": this is a folder; select a .mcuqnet file", message(temp));
        assertThrows(NoSuchFileException.class, () -> NetworkFiles.read(missing));
    }

    @Test
    void aTruncatedFile() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(temp.resolve("cut.mcuqnet"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        String message = message(file);

        assertTrue(message.startsWith(file + ": the zip archive is damaged or truncated ("), message);
        assertTrue(message.endsWith("write the network again (NetworkFiles.write) or copy the whole file"), message);
    }

    @Test
    void aZipWithoutNetworkJson() throws IOException {
        Path file = replaceEntry("dl4j.zip", "network.json", null);

        assertEquals(file + ": the zip archive has no network.json entry, so it is not an MCUQ network file (a DL4J"
                + " model zip is imported with ModelImporter instead); select a file written by NetworkFiles.write",
                message(file));
    }

    @Test
    void aMissingTensorEntry() throws IOException {
        Path file = replaceEntry("incomplete.mcuqnet", "tensors/5-weights.f32", null);

        assertEquals(file + ": entry tensors/5-weights.f32 (referenced by network.json layers[5] ('dw') weights) is"
                + " missing from the archive; the file is incomplete: write the network again"
                + " (NetworkFiles.write) or copy the whole file", message(file));
    }

    @Test
    void anUnknownLayerType() throws IOException {
        Path file = rewriteJson("lstm.mcuqnet", json -> json.replace("\"type\": \"RELU6\"", "\"type\": \"LSTM\""));

        String message = message(file);

        assertTrue(message.startsWith(file + ": network.json layers[4] ('relu6') has the unknown layer type \"LSTM\""
                + " (known: [INPUT, CONV2D, "), message);
        assertTrue(message.endsWith("it was written by a newer MCUQ or edited by hand: update MCUQ or write the"
                + " network again"), message);
    }

    @Test
    void aTensorOfTheWrongLength() throws IOException {
        Path file = replaceEntry("short.mcuqnet", "tensors/13-bias.f32", new byte[8]);

        assertEquals(file + ": entry tensors/13-bias.f32 (referenced by network.json layers[13] ('dense') bias) holds"
                + " 8 bytes but its shape [3] needs 12 (4 bytes per float32); the file was changed after it was"
                + " written: write the network again with NetworkFiles.write", message(file));
    }

    @Test
    void aTensorShapeThatDisagreesWithTheLayer() throws IOException {
        Path file = rewriteJson("shape.mcuqnet", json -> json.replace("\"shape\": [3, 2, 3, 4]",
                "\"shape\": [2, 3, 3, 4]"));

        assertEquals(file + ": network.json layers[2] ('conv') weights has shape [2, 3, 3, 4] but the layer needs"
                + " [3, 2, any, 4]; the file was changed after it was written: write the network again",
                message(file));
    }

    @Test
    void aNewerFormatVersion() throws IOException {
        Path file = rewriteJson("future.mcuqnet", json -> json.replace("\"formatVersion\": 1",
                "\"formatVersion\": 2"));

        assertEquals(file + ": the file has network format version 2 but this MCUQ reads versions up to 1: update"
                + " MCUQ to read it", message(file));
    }

    @Test
    void brokenJson() throws IOException {
        Path file = rewriteJson("broken.mcuqnet", json -> json.replace("\"name\": \"conv\",", "\"name\": \"conv\""));

        String message = message(file);

        assertTrue(message.startsWith(file + ": entry network.json is not valid JSON ('}' was expected at line "),
                message);
    }

    @Test
    void aMissingHyperParameter() throws IOException {
        Path file = rewriteJson("nounits.mcuqnet", json -> json.replace("\"units\": 3, ", ""));

        assertEquals(file + ": network.json layers[13] ('dense') has no \"units\" member", message(file));
    }

    @Test
    void aLayerReadingFromAMissingProducer() throws IOException {
        Path file = rewriteJson("dangling.mcuqnet", json -> json.replace("\"inputs\": [\"gap\"]",
                "\"inputs\": [\"gpa\"]"));

        String message = message(file);

        assertTrue(message.startsWith(file + ": network.json describes an invalid network: Layer 'dense': "), message);
        assertTrue(message.contains("'gpa'"), message);
    }

    @Test
    void aBitFlipInAnEntry() throws IOException {
        Path file = rewrite("flipped.mcuqnet", entries -> entries);
        byte[] bytes = Files.readAllBytes(file);
        byte[] json = "\"formatVersion\"".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, json);
        bytes[at + 1] ^= 0x01;
        Files.write(file, bytes);

        assertTrue(message(file).startsWith(file + ": entry network.json is damaged ("), message(file));
    }

    @Test
    void badMetadata() throws IOException {
        Path file = replaceEntry("meta.mcuqnet", "mcuq-model.json",
                "{\"inputShape\": [28, 28, 1]}".getBytes(StandardCharsets.UTF_8));

        String message = assertThrows(NetworkFileException.class, () -> NetworkFiles.readMetadata(file))
                .getMessage();

        assertEquals(file + ": mcuq-model.json: \"inputShape\" must be a string but is an array", message);
    }

    private static String message(Path file) {
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFiles.read(file));
        assertEquals(file, e.file());
        return e.getMessage();
    }

    /** A copy of the good file with {@code entry} replaced by {@code bytes}, or removed if they are null. */
    private Path replaceEntry(String name, String entry, byte[] bytes) throws IOException {
        return rewrite(name, entries -> {
            if (bytes == null) {
                entries.remove(entry);
            } else {
                entries.put(entry, bytes);
            }
            return entries;
        });
    }

    private Path rewriteJson(String name, UnaryOperator<String> change) throws IOException {
        return rewrite(name, entries -> {
            String json = new String(entries.get("network.json"), StandardCharsets.UTF_8);
            String changed = change.apply(json);
            assertTrue(!changed.equals(json), "the test's change applies");
            entries.put("network.json", changed.getBytes(StandardCharsets.UTF_8));
            return entries;
        });
    }

    /** A copy of the good file with its entries changed; stored uncompressed so tests can find bytes in it. */
    private Path rewrite(String name, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(good.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        Path file = temp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.setLevel(0);
            for (Map.Entry<String, byte[]> entry : change.apply(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
            }
        }
        return file;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("bytes not found");
    }
}
