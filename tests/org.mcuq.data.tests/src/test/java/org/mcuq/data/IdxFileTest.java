package org.mcuq.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFileTest {

    @TempDir
    Path temp;

    @Test
    void writesTheMnistLayoutByteForByte() throws IOException {
        Path file = temp.resolve("two-images");
        IdxFile.write(file, new IdxArray(new int[] {2, 2, 3}, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -1}));

        byte[] expected = ByteBuffer.allocate(28).putInt(0x00000803).putInt(2).putInt(2).putInt(3)
                .put(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, -1}).array();
        assertArrayEquals(expected, Files.readAllBytes(file));
    }

    @Test
    void gzipNamesAreCompressedAndReadBack() throws IOException {
        IdxArray labels = IdxFile.read(SharedData.mnist("t10k-labels-idx1-ubyte.gz")).firstRecords(1000);
        Path file = temp.resolve("labels-idx1-ubyte.gz");

        IdxFile.write(file, labels);
        IdxArray back = IdxFile.read(file);

        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 2);
        assertArrayEquals(new byte[] {0x1F, (byte) 0x8B}, head);
        assertArrayEquals(new int[] {1000}, back.dims());
        assertArrayEquals(labels.data(), back.data());
    }

    @Test
    void firstRecordsKeepsTheLeadingImages() throws IOException {
        IdxArray images = IdxFile.read(SharedData.mnist("t10k-images-idx3-ubyte.gz"));
        IdxArray first = images.firstRecords(3);

        assertArrayEquals(new int[] {3, 28, 28}, first.dims());
        assertArrayEquals(Arrays.copyOf(images.data(), 3 * 784), first.data());
    }

    @Test
    void rejectsAFileThatIsNotIdx() throws IOException {
        Path file = temp.resolve("not-idx.bin");
        Files.write(file, "PK\u0003\u0004 some zip".getBytes());

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> IdxFile.read(file));

        assertTrue(e.getMessage().startsWith(file + ", offset 0: not an IDX file: magic number 0x504B0304"),
                e.getMessage());
    }

    @Test
    void rejectsElementTypesOtherThanUnsignedBytes() throws IOException {
        Path file = temp.resolve("floats");
        Files.write(file, ByteBuffer.allocate(12).putInt(0x00000D01).putInt(1).putFloat(1f).array());

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> IdxFile.read(file));

        assertTrue(e.getMessage().contains("offset 2: IDX element type 0x0D is not supported"), e.getMessage());
    }

    @Test
    void reportsATruncatedBodyWithTheExpectedSize() throws IOException {
        Path file = temp.resolve("short");
        Files.write(file, ByteBuffer.allocate(16 + 5).putInt(0x00000803).putInt(1).putInt(2).putInt(3).array());

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> IdxFile.read(file));

        assertEquals(file + ", offset 16: truncated: dimensions [1, 2, 3] declare 6 values after the header,"
                + " the file holds 5", e.getMessage());
    }

    @Test
    void reportsATruncatedHeader() throws IOException {
        Path file = temp.resolve("header-only");
        Files.write(file, ByteBuffer.allocate(8).putInt(0x00000803).putInt(10).array());

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> IdxFile.read(file));

        assertTrue(e.getMessage().contains("offset 4: truncated IDX header: 3 dimensions need 12 bytes, only 4 left"),
                e.getMessage());
    }

    @Test
    void reportsTrailingData() throws IOException {
        Path file = temp.resolve("long");
        Files.write(file, ByteBuffer.allocate(8 + 3).putInt(0x00000801).putInt(2).array());

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> IdxFile.read(file));

        assertTrue(e.getMessage().contains("unexpected trailing data"), e.getMessage());
    }

    @Test
    void reportsATruncatedGzipStream() throws IOException {
        byte[] gz = Files.readAllBytes(SharedData.mnist("t10k-labels-idx1-ubyte.gz"));
        Path file = temp.resolve("cut-labels.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> IdxFile.read(file));

        assertTrue(e.getMessage().startsWith(file + ": gzip stream is truncated"), e.getMessage());
    }

    @Test
    void reportsACorruptGzipStream() throws IOException {
        byte[] gz = Files.readAllBytes(SharedData.mnist("t10k-labels-idx1-ubyte.gz"));
        Arrays.fill(gz, 20, 60, (byte) 0xFF);
        Path file = temp.resolve("corrupt-labels.gz");
        Files.write(file, gz);

        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> IdxFile.read(file));

        assertTrue(e.getMessage().startsWith(file + ": gzip stream is corrupt"), e.getMessage());
    }
}
