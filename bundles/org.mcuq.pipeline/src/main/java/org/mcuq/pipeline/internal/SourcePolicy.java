package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.mcuq.ir.io.AtomicFile;

/**
 * The policy file a project was generated from, recorded beside the project spec as its absolute path in
 * {@value #FILE_NAME} so that {@code mcuq profile} can store its results there. The policy model has no field for
 * it, and the spec itself is a different file.
 */
public final class SourcePolicy {

    public static final String FILE_NAME = "mcuq-source-policy.txt";

    private SourcePolicy() {
    }

    /** Records the policy, or removes an earlier record when the project was generated from uniform bits. */
    public static void record(Path projectDir, Optional<Path> policy) throws IOException {
        Path file = projectDir.resolve(FILE_NAME);
        if (policy.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        AtomicFile.writeString(file, policy.get().toAbsolutePath().normalize() + "\n");
    }

    public static Optional<Path> read(Path projectDir) throws IOException {
        Path file = projectDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text));
    }
}
