package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mcuq.data.Dataset;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;

/** The LeNet-5 example of the repository and its 1,000 MNIST test images. */
final class Example {

    static final String IMAGES = "mnist-test-1k-images-idx3-ubyte.gz";

    private Example() {
    }

    static Path folder() {
        Path folder = Path.of("..", "..", "examples", "lenet5-mnist").toAbsolutePath().normalize();
        assertTrue(Files.isDirectory(folder), "example folder not found: " + folder);
        return folder;
    }

    static Path model() {
        return folder().resolve("lenet5-mnist.zip");
    }

    static Path images() {
        return folder().resolve(IMAGES);
    }

    /** Image {@code n} of the example images as an --input reference. */
    static InputRef image(int n) {
        return InputRef.parse(images() + "#" + n);
    }

    static Dataset digits() throws IOException {
        return MnistReader.readFolder(folder(), "mnist-test-1k", PixelScaling.UNIT);
    }
}
