package org.mcuq.boards.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mcuq.boards.BoardException;

/**
 * Runs an external program to completion or until a time limit, with output captured in files (no pipe that
 * could fill up and stall the program). A program past its limit is killed with its child processes.
 */
public final class ProcessRunner {

    private ProcessRunner() {
    }

    public static ProcessResult run(List<String> command, Path workDirectory, Duration timeLimit) {
        try {
            Path stdout = Files.createTempFile(workDirectory, "stdout", ".txt");
            Path stderr = Files.createTempFile(workDirectory, "stderr", ".txt");
            try {
                return runCapturing(command, workDirectory, timeLimit, stdout, stderr);
            } finally {
                Files.deleteIfExists(stdout);
                Files.deleteIfExists(stderr);
            }
        } catch (IOException e) {
            throw new BoardException("Could not run " + command.get(0) + " in " + workDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    private static ProcessResult runCapturing(List<String> command, Path workDirectory, Duration timeLimit,
            Path stdout, Path stderr) throws IOException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean finished = waitFor(process, timeLimit);
        if (!finished) {
            kill(process);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new ProcessResult(finished ? process.exitValue() : -1, readText(stdout), readText(stderr),
                !finished, elapsed);
    }

    /** Lenient: malformed bytes become replacement characters instead of failing the run. */
    static String readText(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static boolean waitFor(Process process, Duration timeLimit) {
        try {
            return process.waitFor(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(process);
            throw new BoardException("Interrupted while waiting for " + process.info().command().orElse("a tool"));
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
