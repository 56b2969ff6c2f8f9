package org.mcuq.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.mcuq.data.internal.FileBytes;

/**
 * Reads and writes IDX files of unsigned bytes (the MNIST format: big-endian header {@code 0x0000}, type code,
 * dimension count, one u32 per dimension, then the values). Gzip-compressed files are recognised by their magic
 * bytes when reading; written files are gzip-compressed when the name ends with {@code .gz}.
 */
public final class IdxFile {

    private static final int MAX_DIMS = 4;

    private IdxFile() {
    }

    /** Reads {@code file}, raw or gzip-compressed. */
    public static IdxArray read(Path file) throws IOException {
        ByteBuffer content = ByteBuffer.wrap(FileBytes.read(file));
        int[] dims = readHeader(file, content);
        long expected = IdxArray.elementCount(dims);
        long actual = content.remaining();
        if (actual != expected) {
            throw sizeMismatch(file, content.position(), dims, expected, actual);
        }
        byte[] data = new byte[(int) expected];
        content.get(data);
        return new IdxArray(dims, data);
    }

    /** Writes {@code array} to {@code file}; gzip-compressed if the file name ends with {@code .gz}. */
    public static void write(Path file, IdxArray array) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(array.data().length + 64);
        try (OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(bytes) : bytes) {
            ByteBuffer header = ByteBuffer.allocate(4 + 4 * array.dims().length);
            header.putInt(array.magic());
            for (int d : array.dims()) {
                header.putInt(d);
            }
            out.write(header.array());
            out.write(array.data());
        }
        Files.write(file, bytes.toByteArray());
    }

    private static int[] readHeader(Path file, ByteBuffer content) throws DatasetFormatException {
        if (content.remaining() < 4) {
            throw DatasetFormatException.at(file, 0, "not an IDX file: " + content.remaining()
                    + " bytes, expected at least a 4-byte magic number");
        }
        int magic = content.getInt();
        int type = magic >>> 8 & 0xFF;
        int rank = magic & 0xFF;
        if (magic >>> 16 != 0 || rank == 0 || rank > MAX_DIMS) {
            throw DatasetFormatException.at(file, 0, String.format("not an IDX file: magic number 0x%08X, expected"
                    + " 0x0000TTNN (TT element type, NN = 1..%d dimensions), e.g. 0x00000803 for MNIST images",
                    magic, MAX_DIMS));
        }
        if (type != IdxArray.UNSIGNED_BYTE) {
            throw DatasetFormatException.at(file, 2, String.format("IDX element type 0x%02X is not supported,"
                    + " only unsigned bytes (0x08)", type));
        }
        return readDims(file, content, rank);
    }

    private static int[] readDims(Path file, ByteBuffer content, int rank) throws DatasetFormatException {
        if (content.remaining() < 4 * rank) {
            throw DatasetFormatException.at(file, 4, "truncated IDX header: " + rank + " dimensions need "
                    + 4 * rank + " bytes, only " + content.remaining() + " left");
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            dims[i] = content.getInt();
            if (dims[i] < 0 || (i > 0 && dims[i] == 0)) {
                throw DatasetFormatException.at(file, 4 + 4L * i, "dimension " + i + " is "
                        + Integer.toUnsignedString(dims[i]) + ", expected a positive size below 2^31");
            }
        }
        return dims;
    }

    private static DatasetFormatException sizeMismatch(Path file, int offset, int[] dims, long expected,
            long actual) {
        String what = actual < expected ? "truncated" : "unexpected trailing data";
        return DatasetFormatException.at(file, offset, what + ": dimensions " + Arrays.toString(dims)
                + " declare " + expected + " values after the header, the file holds " + actual
                + (FileBytes.isGzip(file) ? " (after gzip decompression)" : ""));
    }
}
