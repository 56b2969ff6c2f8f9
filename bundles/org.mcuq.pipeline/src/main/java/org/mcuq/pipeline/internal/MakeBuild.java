package org.mcuq.pipeline.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mcuq.boards.BoardException;
import org.mcuq.boards.Toolchain;

/** Builds a generated project with its own Makefile, using the Arm compiler the toolchain finds. */
public final class MakeBuild {

    private static final long LIMIT_MINUTES = 10;
    private static final String MAKE_INSTALL = "sudo apt-get install -y --no-install-recommends make";

    private MakeBuild() {
    }

    /** Runs {@code make} in {@code directory}; returns its firmware.elf. */
    public static Path build(Path directory, Toolchain toolchain) {
        List<String> command = List.of(findMake().toString(), "-j2", "-C", directory.toString(),
                "CC=" + toolchain.armGcc());
        Path log = null;
        try {
            log = Files.createTempFile("mcuq-make", ".log");
            String failure = run(command, log);
            if (failure != null) {
                throw new BoardException("make could not build the firmware in " + directory + failure + ":\n"
                        + tail(Files.readString(log, StandardCharsets.UTF_8)));
            }
            return directory.resolve("firmware.elf");
        } catch (IOException e) {
            throw new BoardException("Could not run make in " + directory + ": " + e.getMessage(), e);
        } finally {
            Folders.deleteQuietly(log);
        }
    }

    /** Runs the command with its output in {@code log}; null on success, else what went wrong. */
    private static String run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return " within " + LIMIT_MINUTES + " minutes";
            }
            return process.exitValue() == 0 ? null : " (exit code " + process.exitValue() + ")";
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return " (interrupted)";
        }
    }

    private static Path findMake() {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = entry.isBlank() ? null : Path.of(entry, "make");
            if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new BoardException("make (builds the generated project) was not found on the PATH. Install it with: "
                + MAKE_INSTALL);
    }

    private static String tail(String output) {
        String text = output.strip();
        return text.length() <= 6000 ? text : "..." + text.substring(text.length() - 6000);
    }
}
