package org.mcuq.boards.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.mcuq.boards.Board;
import org.mcuq.boards.Firmware;
import org.mcuq.boards.FirmwareBuilder;
import org.mcuq.boards.QemuRunner;
import org.mcuq.boards.Toolchain;

/** Shared set-up: the real toolchain, a plugin cache under target/, and the firmware sources of src/test/resources. */
final class TestFirmware {

    static final Toolchain TOOLCHAIN = Toolchain.fromEnvironment();
    static final Path CACHE = Path.of("target", "mcuq-cache").toAbsolutePath();

    private TestFirmware() {
    }

    static QemuRunner runner() {
        return new QemuRunner(TOOLCHAIN, CACHE);
    }

    /** A source file of src/test/resources/firmware. */
    static Path source(String name) {
        URL url = TestFirmware.class.getResource("/firmware/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No test firmware source " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes C source text to a file in the directory, for firmware written inline in a test. */
    static Path write(Path directory, String name, String text) {
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Firmware build(Board board, Path directory, Path... sources) {
        return new FirmwareBuilder(board, TOOLCHAIN).sources(sources).build(directory.resolve(board.id()));
    }
}
