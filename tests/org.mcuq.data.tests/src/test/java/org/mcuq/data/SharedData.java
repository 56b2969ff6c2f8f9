package org.mcuq.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared MNIST files ({@code mcuq.shared.dir}, set by the build). */
final class SharedData {

    private SharedData() {
    }

    static Path mnistFolder() {
        String shared = System.getProperty("mcuq.shared.dir", "../../../shared");
        Path folder = Path.of(shared, "data", "mnist");
        assumeTrue(Files.isDirectory(folder), "shared MNIST folder not found: " + folder);
        return folder;
    }

    static Path mnist(String fileName) {
        return mnistFolder().resolve(fileName);
    }
}
