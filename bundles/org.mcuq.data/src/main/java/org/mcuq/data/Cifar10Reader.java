package org.mcuq.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.mcuq.data.internal.ByteImageDataset;
import org.mcuq.data.internal.FileBytes;

/**
 * Reads CIFAR-10 binary batches ({@code data_batch_N.bin}, {@code test_batch.bin}, raw or gzip). Each record is one
 * label byte followed by 32x32 pixels of the red, then green, then blue plane; samples come out as 32x32x3 HWC.
 */
public final class Cifar10Reader {

    public static final int CLASSES = 10;
    public static final ImageShape SHAPE = new ImageShape(32, 32, 3);

    private static final int PLANE = 32 * 32;
    private static final int RECORD_BYTES = 1 + 3 * PLANE;

    private Cifar10Reader() {
    }

    /** Reads and concatenates {@code batchFiles} in the given order. */
    public static Dataset read(List<Path> batchFiles, PixelScaling scaling) throws IOException {
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        ByteArrayOutputStream labels = new ByteArrayOutputStream();
        for (Path file : batchFiles) {
            readBatch(file, pixels, labels);
        }
        return new ByteImageDataset(SHAPE, pixels.toByteArray(), labels.toByteArray(), CLASSES, scaling);
    }

    private static void readBatch(Path file, ByteArrayOutputStream pixels, ByteArrayOutputStream labels)
            throws IOException {
        byte[] content = FileBytes.read(file);
        if (content.length == 0 || content.length % RECORD_BYTES != 0) {
            long complete = content.length / RECORD_BYTES;
            throw DatasetFormatException.at(file, complete * RECORD_BYTES, "not a CIFAR-10 binary batch: "
                    + content.length + " bytes is not a positive multiple of the " + RECORD_BYTES
                    + "-byte record (1 label byte + 3x32x32 pixels); the last record is incomplete");
        }
        byte[] hwc = new byte[3 * PLANE];
        for (int start = 0; start < content.length; start += RECORD_BYTES) {
            int label = content[start] & 0xFF;
            if (label >= CLASSES) {
                throw DatasetFormatException.at(file, start, "label " + label + " of record "
                        + start / RECORD_BYTES + " is out of range, expected 0.." + (CLASSES - 1));
            }
            toHwc(content, start + 1, hwc);
            labels.write(label);
            pixels.write(hwc);
        }
    }

    private static void toHwc(byte[] content, int chwStart, byte[] hwc) {
        for (int pixel = 0; pixel < PLANE; pixel++) {
            for (int channel = 0; channel < 3; channel++) {
                hwc[pixel * 3 + channel] = content[chwStart + channel * PLANE + pixel];
            }
        }
    }
}
