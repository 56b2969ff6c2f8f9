package org.mcuq.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared MNIST files ({@code mcuq.shared.dir}, set by the build). */
final class SharedData {

    private SharedData() {
    }

    static Path mnistFolder() {
        String shared = System.getProperty("mcuq.shared.dir", "../../../shared");
        Path folder = Path.of(shared, "data", "mnist");
        assertTrue(Files.isDirectory(folder), "shared MNIST folder not found: " + folder + " (the shared folder belongs beside the repository, or set -Dmcuq.shared.dir)");
        return folder;
    }

    static Path mnist(String fileName) {
        return mnistFolder().resolve(fileName);
    }
}
