package org.mcuq.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Adds {@code mcuq-model.json} to a DL4J model zip, recording what DL4J does not save: the input shape (read by
 * MCUQ's importer) and the pixel scaling (documentation). Entries are rewritten with a fixed timestamp so that
 * retraining with the same seed reproduces the zip byte for byte.
 */
public final class ModelZipMetadata {

    /** Name of the metadata entry, as the importer expects it. */
    public static final String ENTRY = "mcuq-model.json";

    /** 2000-01-01T00:00:00Z, a timestamp every zip tool can represent. */
    private static final long FIXED_TIME = 946_684_800_000L;

    private ModelZipMetadata() {
    }

    /** Rewrites {@code zip} with the metadata entry for an NHWC input of {@code height x width x channels}. */
    public static void add(Path zip, int height, int width, int channels, String inputScaling) throws IOException {
        String json = String.format("{\"inputShape\": [%d, %d, %d], \"inputScaling\": \"%s\"}%n", height, width,
                channels, inputScaling);
        Path rewritten = Files.createTempFile(zip.toAbsolutePath().getParent(), "model", ".zip");
        try (ZipFile in = new ZipFile(zip.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            copyEntries(in, out);
            write(out, ENTRY, json.getBytes(StandardCharsets.UTF_8));
        }
        Files.move(rewritten, zip, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyEntries(ZipFile in, ZipOutputStream out) throws IOException {
        Enumeration<? extends ZipEntry> entries = in.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.getName().equals(ENTRY)) {
                try (InputStream content = in.getInputStream(entry)) {
                    write(out, entry.getName(), content.readAllBytes());
                }
            }
        }
    }

    private static void write(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }
}
