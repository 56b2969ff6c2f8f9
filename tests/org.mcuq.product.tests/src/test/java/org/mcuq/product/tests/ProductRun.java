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
        Path product = Path.of(System.getProperty("mcuq.product.dir"));
        List<String> command = new ArrayList<>(List.of(product.resolve("mcuq-ide").toString(), "-nosplash",
                "-data", "@none", "-application", "org.mcuq.app.cli"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("mcuq-out", ".txt");
        Path err = Files.createTempFile("mcuq-err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("mcuq " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new ProductRun(process.exitValue(), Files.readString(out), Files.readString(err));
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
