package org.mcuq.rlquant.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mcuq.data.IdxFile;

/** A data folder with the first MNIST training and test images of the example, small enough for fast jobs. */
final class SmallMnist {

    static final Path MODEL = repo().resolve("examples/lenet5-mnist/lenet5-mnist.zip");
    static final Path EXAMPLE_DATA = repo().resolve("examples/lenet5-mnist/data");

    private SmallMnist() {
    }

    static Path write(Path folder, int train, int test) throws IOException {
        Files.createDirectories(folder);
        copy("train", train, folder);
        copy("t10k", test, folder);
        return folder;
    }

    private static void copy(String prefix, int count, Path folder) throws IOException {
        for (String kind : new String[] {"-images-idx3-ubyte.gz", "-labels-idx1-ubyte.gz"}) {
            IdxFile.write(folder.resolve(prefix + kind), IdxFile.read(EXAMPLE_DATA.resolve(prefix + kind))
                    .firstRecords(count));
        }
    }

    private static Path repo() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("../..").normalize();
    }
}
