package org.mcuq.data.internal;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.mcuq.data.DatasetFormatException;

/** Whole-file reads that transparently decompress gzip content (recognised by its magic bytes, not its name). */
public final class FileBytes {

    private static final int GZIP_MAGIC_0 = 0x1F;
    private static final int GZIP_MAGIC_1 = 0x8B;

    private FileBytes() {
    }

    /** The content of {@code file}, decompressed if it is gzip. */
    public static byte[] read(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        return isGzip(raw) ? gunzip(file, raw) : raw;
    }

    /** True if {@code file} starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return isGzip(in.readNBytes(2));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isGzip(byte[] raw) {
        return raw.length >= 2 && (raw[0] & 0xFF) == GZIP_MAGIC_0 && (raw[1] & 0xFF) == GZIP_MAGIC_1;
    }

    private static byte[] gunzip(Path file, byte[] raw) throws DatasetFormatException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            return in.readAllBytes();
        } catch (EOFException e) {
            throw new DatasetFormatException(file + ": gzip stream is truncated (" + raw.length
                    + " compressed bytes); download or copy the file again", e);
        } catch (ZipException e) {
            throw new DatasetFormatException(file + ": gzip stream is corrupt (" + e.getMessage()
                    + "); download or copy the file again", e);
        } catch (IOException e) {
            throw new DatasetFormatException(file + ": cannot decompress gzip content: " + e.getMessage(), e);
        }
    }
}
