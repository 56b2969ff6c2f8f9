package org.mcuq.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the product's headless command line ({@code mcuq-ide -application org.mcuq.app.cli ...}) as a process. */
record ProductRun(int exitCode, String out, String err) {

    private static final long TIMEOUT_SECONDS = 300;

    static ProductRun mcuq(String... args) throws IOException, InterruptedException {
        return start(args).finish();
    }

    /** Starts the command line; {@link Started#finish()} waits for it. */
    static Started start(String... args) throws IOException {
        Path product = Path.of(System.getProperty("mcuq.product.dir"));
        List<String> command = new ArrayList<>(List.of(product.resolve("mcuq-ide").toString(), "-nosplash",
                "-data", "@none", "-application", "org.mcuq.app.cli"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mcuq-out", ".txt");
        Path err = Files.createTempFile("mcuq-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Started(String.join(" ", args), process, out, err);
    }

    /** A running command line, its output going to files. */
    record Started(String args, Process process, Path out, Path err) {

        /** Waits until stderr contains {@code text} (or the process ends); true if it does. */
        boolean awaitErr(String text) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (process.isAlive() && System.nanoTime() < deadline) {
                if (Files.readString(err).contains(text)) {
                    return true;
                }
                Thread.sleep(200);
            }
            return Files.readString(err).contains(text);
        }

        ProductRun finish() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("mcuq " + args + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            return new ProductRun(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    static Path repoFile(String relative) {
        return Path.of(System.getProperty("mcuq.repo.dir"), relative);
    }

    static Path sharedFile(String relative) {
        return Path.of(System.getProperty("mcuq.shared.dir"), relative);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
