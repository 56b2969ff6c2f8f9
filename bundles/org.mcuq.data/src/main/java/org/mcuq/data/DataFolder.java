package org.mcuq.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A folder of labelled data in one of the formats MCUQ reads, recognised by its file names:
 * <ul>
 * <li>MNIST IDX: {@code train-images-idx3-ubyte[.gz]} with {@code train-labels-idx1-ubyte[.gz]}, optionally the
 * test set {@code t10k-...} beside them;</li>
 * <li>CIFAR-10 binary: {@code data_batch_1.bin} ... (raw or gzip), optionally {@code test_batch.bin};</li>
 * <li>a tensor folder: {@code labels.txt} listing raw float32 input files (no separate test set).</li>
 * </ul>
 *
 * @param training    the data to train and validate on
 * @param test        the held-out test set, if the folder has one
 * @param description the format and sizes, for progress messages
 */
public record DataFolder(Dataset training, Optional<Dataset> test, String description) {

    /**
     * Reads {@code folder}; image formats are scaled with {@code scaling}, tensor folders must hold {@code shape}.
     *
     * @throws NoSuchFileException    if the folder does not exist or holds no known format
     * @throws DatasetFormatException if a file of the format is damaged or the data is empty
     */
    public static DataFolder open(Path folder, ImageShape shape, PixelScaling scaling) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the data must be a folder holding MNIST IDX "
                    + "files, CIFAR-10 batches or raw tensors with labels.txt");
        }
        DataFolder data;
        if (hasIdx(folder, "train")) {
            data = mnist(folder, scaling);
        } else if (!cifarBatches(folder, "data_batch_").isEmpty()) {
            data = cifar(folder, scaling);
        } else if (Files.isRegularFile(folder.resolve(TensorFolderReader.LABELS_FILE))) {
            Dataset tensors = TensorFolderReader.read(folder, shape);
            data = new DataFolder(tensors, Optional.empty(), tensors.count() + " raw tensors listed in "
                    + folder.resolve(TensorFolderReader.LABELS_FILE));
        } else {
            throw new NoSuchFileException(folder.toString(), null, "no known data format here: expected MNIST "
                    + "train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz], CIFAR-10 data_batch_N.bin, "
                    + "or a tensor folder with " + TensorFolderReader.LABELS_FILE);
        }
        data.requireNonEmpty(folder);
        return data;
    }

    private static DataFolder mnist(Path folder, PixelScaling scaling) throws IOException {
        Dataset train = MnistReader.readFolder(folder, "train", scaling);
        Optional<Dataset> test = hasIdx(folder, "t10k") ? Optional.of(MnistReader.readFolder(folder, "t10k",
                scaling)) : Optional.empty();
        return new DataFolder(train, test, "MNIST IDX in " + folder + ": " + train.count() + " training images"
                + test.map(t -> ", " + t.count() + " test images").orElse(", no test set"));
    }

    private static DataFolder cifar(Path folder, PixelScaling scaling) throws IOException {
        Dataset train = Cifar10Reader.read(cifarBatches(folder, "data_batch_"), scaling);
        List<Path> testFiles = cifarBatches(folder, "test_batch");
        Optional<Dataset> test = testFiles.isEmpty() ? Optional.empty()
                : Optional.of(Cifar10Reader.read(testFiles, scaling));
        return new DataFolder(train, test, "CIFAR-10 batches in " + folder + ": " + train.count()
                + " training images" + test.map(t -> ", " + t.count() + " test images").orElse(", no test set"));
    }

    private static boolean hasIdx(Path folder, String prefix) {
        return Stream.of("-images-idx3-ubyte", "-labels-idx1-ubyte").allMatch(
                kind -> Files.isRegularFile(folder.resolve(prefix + kind)) || Files.isRegularFile(
                        folder.resolve(prefix + kind + ".gz")));
    }

    private static List<Path> cifarBatches(Path folder, String prefix) throws IOException {
        List<Path> batches = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> f.getFileName().toString().matches(".*\\.bin(\\.gz)?")).sorted()
                    .forEach(batches::add);
        }
        return batches;
    }

    private void requireNonEmpty(Path folder) throws DatasetFormatException {
        if (training.count() == 0) {
            throw DatasetFormatException.in(folder, "the training data holds no samples; add samples to it");
        }
    }
}
