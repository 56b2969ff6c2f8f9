package org.mcuq.liteengine.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs make in a generated project; a failed build fails the test with the compiler's output. */
final class Make {

    /** Warnings the generated network code must compile without. */
    static final String STRICT_WARNINGS = "WARNINGS=-Wall -Wextra -Werror";

    private Make() {
    }

    static Path build(Path directory, String... variables) {
        List<String> command = new ArrayList<>(List.of("make", "-j2", "-C", directory.toString()));
        command.addAll(List.of(variables));
        try {
            Path log = Files.createTempFile("make", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            boolean done = process.waitFor(10, TimeUnit.MINUTES);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (!done || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new AssertionError("make failed in " + directory + ":\n" + tail(output));
            }
            return directory.resolve("firmware.elf");
        } catch (IOException e) {
            throw new AssertionError("could not run make: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String tail(String output) {
        return output.length() <= 8000 ? output : "..." + output.substring(output.length() - 8000);
    }
}
