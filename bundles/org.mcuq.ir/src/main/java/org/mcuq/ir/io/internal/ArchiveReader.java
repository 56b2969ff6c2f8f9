package org.mcuq.ir.io.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the entries of a network file's zip archive, checking each entry's size and CRC-32 ({@link ZipFile}
 * alone does not), so damage is reported here with the entry's name rather than as wrong weights.
 */
public final class ArchiveReader implements Closeable {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String WRITE_AGAIN = "write the network again (NetworkFiles.write) or copy the whole file";

    private final ZipFile zip;

    private ArchiveReader(ZipFile zip) {
        this.zip = zip;
    }

    /** Opens {@code file}; an empty file, a file that is no zip or a damaged archive is a {@link ContentProblem}. */
    public static ArchiveReader open(Path file) throws IOException {
        requireZipMagic(file);
        try {
            return new ArchiveReader(new ZipFile(file.toFile()));
        } catch (ZipException e) {
            throw new ContentProblem("the zip archive is damaged or truncated (" + e.getMessage() + "); "
                    + WRITE_AGAIN, e);
        }
    }

    /** True if {@code file} starts like a zip archive. */
    public static boolean isZip(Path file) throws IOException {
        return Arrays.equals(head(file), ZIP_MAGIC);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ZIP_MAGIC.length);
        }
    }

    private static void requireZipMagic(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ContentProblem("this is a folder; select a .mcuqnet file");
        }
        byte[] head = head(file);
        if (head.length == 0) {
            throw new ContentProblem("the file is empty; " + WRITE_AGAIN);
        }
        if (!Arrays.equals(head, ZIP_MAGIC)) {
            throw new ContentProblem("not an MCUQ network file: a .mcuqnet file is a zip archive, but this one starts"
                    + " with bytes " + HexFormat.ofDelimiter(" ").formatHex(head) + "; select a file written by"
                    + " NetworkFiles.write");
        }
    }

    public boolean has(String entry) {
        return zip.getEntry(entry) != null;
    }

    /** The bytes of {@code entry}; if it is missing, the problem names {@code referencedBy}. */
    public byte[] read(String entry, String referencedBy) throws IOException {
        ZipEntry zipEntry = zip.getEntry(entry);
        if (zipEntry == null) {
            throw new ContentProblem("entry " + entry + " (" + referencedBy + ") is missing from the archive; the"
                    + " file is incomplete: " + WRITE_AGAIN);
        }
        CRC32 crc = new CRC32();
        byte[] bytes;
        try (InputStream in = new CheckedInputStream(zip.getInputStream(zipEntry), crc)) {
            bytes = in.readAllBytes();
        } catch (ZipException e) {
            throw damaged(entry, e.getMessage());
        }
        if (bytes.length != zipEntry.getSize() || crc.getValue() != zipEntry.getCrc()) {
            throw damaged(entry, "its content does not match its size and checksum");
        }
        return bytes;
    }

    private static ContentProblem damaged(String entry, String detail) {
        return new ContentProblem("entry " + entry + " is damaged (" + detail + "); " + WRITE_AGAIN);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
