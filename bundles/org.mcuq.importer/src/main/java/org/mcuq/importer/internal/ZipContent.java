package org.mcuq.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.mcuq.importer.ModelImportException;

/**
 * Checks a zip archive end to end before DL4J parses it: every entry is inflated and its size and CRC-32 compared
 * with the directory ({@link ZipFile} itself does not check them), so a truncated or bit-flipped archive fails here
 * with a clear message instead of deep inside ND4J.
 */
final class ZipContent {

    private ZipContent() {
    }

    /** Reads every entry of {@code file}; fails if the archive or an entry is damaged. */
    static void verify(Path file) throws ModelImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                verifyEntry(file, zip, entries.nextElement());
            }
        } catch (IOException e) {
            throw damaged(file, e.getMessage(), e);
        }
    }

    private static void verifyEntry(Path file, ZipFile zip, ZipEntry entry) throws ModelImportException {
        CRC32 crc = new CRC32();
        long size;
        try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
            size = in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw damaged(file, "entry " + entry.getName() + ": " + e.getMessage(), e);
        }
        if (size != entry.getSize() || crc.getValue() != entry.getCrc()) {
            throw damaged(file, "entry " + entry.getName() + " does not match its checksum", null);
        }
    }

    /** The UTF-8 text of entry {@code name}, or null if the archive has no such entry. */
    static String text(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** True if the archive has an entry called {@code name}. */
    static boolean has(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(name) != null;
        }
    }

    private static ModelImportException damaged(Path file, String detail, IOException cause) {
        String kind = cause == null || cause instanceof ZipException || cause.getCause() instanceof ZipException
                ? "is a damaged zip archive" : "cannot be read as a zip archive";
        return new ModelImportException(file + " " + kind + " (" + detail + "); it is probably truncated or"
                + " corrupt, copy or export the model again", cause);
    }
}
