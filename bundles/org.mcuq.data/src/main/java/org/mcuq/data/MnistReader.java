package org.mcuq.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.mcuq.data.internal.ByteImageDataset;

/** Reads MNIST-style IDX image and label files (raw or gzip) as a single-channel {@link Dataset}. */
public final class MnistReader {

    /** Number of MNIST classes (digits). */
    public static final int CLASSES = 10;

    private static final int IMAGE_RANK = 3;
    private static final int LABEL_HEADER_BYTES = 8;

    private MnistReader() {
    }

    /** Reads {@code <prefix>-images-idx3-ubyte[.gz]} and {@code <prefix>-labels-idx1-ubyte[.gz]} in {@code folder}. */
    public static Dataset readFolder(Path folder, String prefix, PixelScaling scaling) throws IOException {
        return read(locate(folder, prefix + "-images-idx3-ubyte"), locate(folder, prefix + "-labels-idx1-ubyte"),
                scaling);
    }

    /** Reads an image file (magic 0x00000803) and its label file (magic 0x00000801). */
    public static Dataset read(Path images, Path labels, PixelScaling scaling) throws IOException {
        IdxArray imageArray = IdxFile.read(images);
        IdxArray labelArray = IdxFile.read(labels);
        requireRank(images, imageArray, IMAGE_RANK, "image");
        requireRank(labels, labelArray, 1, "label");
        if (imageArray.records() != labelArray.records()) {
            throw new DatasetFormatException(images + " holds " + imageArray.records() + " images but " + labels
                    + " holds " + labelArray.records() + " labels; use the label file that belongs to the images");
        }
        requireLabelsBelow(labels, labelArray.data(), CLASSES);
        int[] dims = imageArray.dims();
        return new ByteImageDataset(new ImageShape(dims[1], dims[2], 1), imageArray.data(), labelArray.data(),
                CLASSES, scaling);
    }

    static void requireLabelsBelow(Path file, byte[] labels, int classes) throws DatasetFormatException {
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) >= classes) {
                throw DatasetFormatException.at(file, LABEL_HEADER_BYTES + i, "label " + (labels[i] & 0xFF)
                        + " of record " + i + " is out of range, expected 0.." + (classes - 1));
            }
        }
    }

    private static void requireRank(Path file, IdxArray array, int rank, String kind)
            throws DatasetFormatException {
        if (array.dims().length != rank) {
            throw DatasetFormatException.at(file, 0, String.format("expected an MNIST %s file (magic 0x%08X, %d"
                    + " dimensions), found magic 0x%08X", kind, IdxArray.UNSIGNED_BYTE << 8 | rank, rank,
                    array.magic()));
        }
    }

    private static Path locate(Path folder, String baseName) throws IOException {
        for (String name : new String[] {baseName + ".gz", baseName}) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new NoSuchFileException(folder.resolve(baseName + ".gz").toString(), null,
                "neither " + baseName + ".gz nor " + baseName + " exists in " + folder);
    }
}
