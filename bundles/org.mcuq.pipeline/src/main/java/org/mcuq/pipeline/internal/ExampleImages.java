package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.mcuq.ir.Shape;

/** The 1,000 MNIST test images of the bundled LeNet-5 example, shipped in this bundle (see LICENSE-MNIST.md). */
public final class ExampleImages {

    /** Shape of the images. */
    public static final Shape SHAPE = new Shape(28, 28, 1);

    static final String RESOURCE = "/mcuq-example/mnist-test-1k-images-idx3-ubyte.gz";

    private ExampleImages() {
    }

    /** The first {@code limit} images, scaled by {@code convention}. */
    public static List<float[]> first(int limit, InputConvention convention) {
        Path copy = null;
        try (InputStream in = ExampleImages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The bundled example images " + RESOURCE + " are missing from"
                        + " the org.mcuq.pipeline bundle; rebuild it.");
            }
            copy = Files.createTempFile("mcuq-example", ".idx.gz");
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            return InputFiles.readMany(copy, SHAPE, convention, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the bundled example images: " + e.getMessage(), e);
        } finally {
            Folders.deleteQuietly(copy);
        }
    }
}
