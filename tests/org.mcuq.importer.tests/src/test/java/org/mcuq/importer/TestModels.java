package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations of the real models the tests import. */
final class TestModels {

    private TestModels() {
    }

    /** MLPerf Tiny ResNet-8 (Keras functional, CIFAR-10) from the shared folder. */
    static Path resnet8() {
        String shared = System.getProperty("mcuq.shared.dir", "../../../shared");
        return existing(Path.of(shared, "models", "mlperf_tiny_ic_resnet8_cifar10", "pretrainedResnet.h5"));
    }

    /** The LeNet-5 example (DL4J MultiLayerNetwork zip) shipped in the repository. */
    static Path lenetZip() {
        return existing(exampleFolder().resolve("lenet5-mnist.zip"));
    }

    /** The example folder with the model and its 1,000-image MNIST test subset. */
    static Path exampleFolder() {
        return Path.of("..", "..", "examples", "lenet5-mnist").toAbsolutePath().normalize();
    }

    private static Path existing(Path file) {
        assertTrue(Files.isRegularFile(file), "test model not found: " + file + " (the shared folder belongs beside the repository, or set -Dmcuq.shared.dir)");
        return file;
    }
}
