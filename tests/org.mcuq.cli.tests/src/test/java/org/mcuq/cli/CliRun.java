package org.mcuq.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** One in-process {@code mcuq} invocation with its exit code and captured streams. */
record CliRun(int exitCode, String out, String err) {

    static CliRun mcuq(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Mcuq.run(args, o, e);
        }
        CliRun run = new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        System.out.println("$ mcuq " + String.join(" ", args) + "\n" + run.out + run.err + "-> " + code);
        return run;
    }

    /** The stderr lines that report an error (progress lines and warnings excluded). */
    List<String> errorLines() {
        return err.lines().filter(l -> l.contains(": error: ")).toList();
    }

    static Path exampleFolder() {
        return Path.of("..", "..", "examples", "lenet5-mnist").toAbsolutePath().normalize();
    }

    static String model() {
        return exampleFolder().resolve("lenet5-mnist.zip").toString();
    }

    static String images() {
        return exampleFolder().resolve("mnist-test-1k-images-idx3-ubyte.gz").toString();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\nstdout:\n" + out + "stderr:\n" + err;
    }
}
