package org.mcuq.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistReaderTest {

    /** Class counts of the MNIST test set, as published with the shared data. */
    private static final int[] TEST_CLASS_COUNTS = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};

    @TempDir
    Path temp;

    @Test
    void readsTheTestSetWithItsPublishedClassCounts() throws IOException {
        Dataset test = MnistReader.readFolder(SharedData.mnistFolder(), "t10k", PixelScaling.UNIT);

        assertEquals(10_000, test.count());
        assertEquals(new ImageShape(28, 28, 1), test.inputShape());
        assertEquals(10, test.classCount());
        assertArrayEquals(TEST_CLASS_COUNTS, classCounts(test));
        assertEquals(7, test.label(0), "the first MNIST test digit is a 7");
    }

    @Test
    void readsTheFullTrainingSet() throws IOException {
        Dataset train = MnistReader.readFolder(SharedData.mnistFolder(), "train", PixelScaling.RAW);

        assertEquals(60_000, train.count());
        assertEquals(5, train.label(0), "the first MNIST training digit is a 5");
        assertEquals(5923, classCounts(train)[0]);
    }

    @Test
    void scalesPixelsAsConfigured() throws IOException {
        Dataset raw = MnistReader.readFolder(SharedData.mnistFolder(), "t10k", PixelScaling.RAW);
        Dataset unit = MnistReader.readFolder(SharedData.mnistFolder(), "t10k", PixelScaling.UNIT);
        float[] rawPixels = raw.sample(0);
        float[] unitPixels = unit.sample(0);

        float max = 0;
        for (int i = 0; i < rawPixels.length; i++) {
            assertEquals(Math.rint(rawPixels[i]), rawPixels[i], "raw pixels are integers");
            assertEquals(rawPixels[i] / 255f, unitPixels[i]);
            max = Math.max(max, rawPixels[i]);
        }
        assertEquals(255f, max, "a digit stroke reaches full intensity");
        assertEquals(0f, rawPixels[0], "the top-left corner is background");
    }

    @Test
    void readsUncompressedFilesLikeGzipOnes() throws IOException {
        Path images = gunzip(SharedData.mnist("t10k-images-idx3-ubyte.gz"), "t10k-images-idx3-ubyte");
        Path labels = gunzip(SharedData.mnist("t10k-labels-idx1-ubyte.gz"), "t10k-labels-idx1-ubyte");
        Dataset fromRaw = MnistReader.read(images, labels, PixelScaling.UNIT);
        Dataset fromGzip = MnistReader.readFolder(SharedData.mnistFolder(), "t10k", PixelScaling.UNIT);

        for (int i : new int[] {0, 1234, 9999}) {
            assertArrayEquals(fromGzip.sample(i), fromRaw.sample(i));
            assertEquals(fromGzip.label(i), fromRaw.label(i));
        }
    }

    @Test
    void copySampleFillsABatchAtAnOffset() throws IOException {
        Dataset test = MnistReader.readFolder(SharedData.mnistFolder(), "t10k", PixelScaling.UNIT);
        float[] batch = new float[2 * 784];

        test.copySample(3, batch, 784);

        assertArrayEquals(test.sample(3), Arrays.copyOfRange(batch, 784, 2 * 784));
        assertArrayEquals(new float[784], Arrays.copyOf(batch, 784), "nothing written before the offset");
    }

    static int[] classCounts(Dataset dataset) {
        int[] counts = new int[dataset.classCount()];
        for (int i = 0; i < dataset.count(); i++) {
            counts[dataset.label(i)]++;
        }
        return counts;
    }

    private Path gunzip(Path gz, String name) throws IOException {
        Path target = temp.resolve(name);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            Files.copy(in, target);
        }
        return target;
    }
}
