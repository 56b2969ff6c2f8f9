package org.mcuq.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the bench finds its networks: the example LeNet-5 under {@code examples/lenet5-mnist} of the repository
 * (the working folder), and the ResNet-8 Keras file (the first {@code *.h5} with "resnet" in its path) under the
 * shared folder's {@code models}: {@value #SHARED_PROPERTY}, else {@code ../shared} next to the repository.
 */
public final class BenchModels {

    public static final String SHARED_PROPERTY = "mcuq.shared.dir";
    static final Path LENET = Path.of("examples", "lenet5-mnist", "lenet5-mnist.zip");

    private BenchModels() {
    }

    public static Optional<Path> lenet(Path repository) {
        Path model = repository.resolve(LENET).toAbsolutePath().normalize();
        return Files.isRegularFile(model) ? Optional.of(model) : Optional.empty();
    }

    public static Optional<Path> resnet8(Path repository) {
        String configured = System.getProperty(SHARED_PROPERTY);
        Path shared = configured != null && !configured.isBlank() ? Path.of(configured)
                : repository.toAbsolutePath().normalize().resolveSibling("shared");
        Path models = shared.resolve("models");
        if (!Files.isDirectory(models)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(models)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".h5"))
                    .filter(p -> p.toString().toLowerCase().contains("resnet")).min(Comparator.naturalOrder());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
