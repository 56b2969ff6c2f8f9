package org.mcuq.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Cifar10ReaderTest {

    private static final int RECORD = 3073;

    @TempDir
    Path temp;

    /** Pixel value of record {@code r}, plane {@code c}, row {@code y}, column {@code x} in the synthetic batches. */
    private static int pixel(int r, int c, int y, int x) {
        return (r * 7 + c * 50 + y * 3 + x) & 0xFF;
    }

    @Test
    void convertsPlanarRecordsToHwcSamples() throws IOException {
        Path batch = writeBatch("data_batch_1.bin", new int[] {3, 9});

        Dataset data = Cifar10Reader.read(List.of(batch), PixelScaling.RAW);

        assertEquals(2, data.count());
        assertEquals(new ImageShape(32, 32, 3), data.inputShape());
        assertEquals(3, data.label(0));
        assertEquals(9, data.label(1));
        float[] sample = data.sample(1);
        for (int y : new int[] {0, 5, 31}) {
            for (int x : new int[] {0, 17, 31}) {
                for (int c = 0; c < 3; c++) {
                    assertEquals(pixel(1, c, y, x), sample[(y * 32 + x) * 3 + c], "y=" + y + " x=" + x + " c=" + c);
                }
            }
        }
    }

    @Test
    void concatenatesBatchesAndReadsGzip() throws IOException {
        Path first = writeBatch("data_batch_1.bin", new int[] {0, 1});
        Path second = temp.resolve("test_batch.bin.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(second))) {
            out.write(Files.readAllBytes(writeBatch("tmp.bin", new int[] {5})));
        }

        Dataset data = Cifar10Reader.read(List.of(first, second), PixelScaling.UNIT);

        assertEquals(3, data.count());
        assertEquals(5, data.label(2));
        assertEquals(pixel(0, 0, 0, 1) / 255f, data.sample(2)[3]);
    }

    @Test
    void reportsAnIncompleteLastRecord() throws IOException {
        Path batch = writeBatch("data_batch_1.bin", new int[] {1, 2});
        byte[] content = Files.readAllBytes(batch);
        Files.write(batch, Arrays.copyOf(content, content.length - 100));

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> Cifar10Reader.read(List.of(batch), PixelScaling.RAW));

        assertTrue(e.getMessage().startsWith(batch + ", offset 3073: not a CIFAR-10 binary batch: 6046 bytes"),
                e.getMessage());
    }

    @Test
    void reportsAnOutOfRangeLabelWithItsOffset() throws IOException {
        Path batch = writeBatch("data_batch_1.bin", new int[] {1, 10});

        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> Cifar10Reader.read(List.of(batch), PixelScaling.RAW));

        assertEquals(batch + ", offset 3073: label 10 of record 1 is out of range, expected 0..9", e.getMessage());
    }

    private Path writeBatch(String name, int[] labels) throws IOException {
        byte[] content = new byte[labels.length * RECORD];
        for (int r = 0; r < labels.length; r++) {
            content[r * RECORD] = (byte) labels[r];
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < 32; y++) {
                    for (int x = 0; x < 32; x++) {
                        content[r * RECORD + 1 + c * 1024 + y * 32 + x] = (byte) pixel(r, c, y, x);
                    }
                }
            }
        }
        return Files.write(temp.resolve(name), content);
    }
}
