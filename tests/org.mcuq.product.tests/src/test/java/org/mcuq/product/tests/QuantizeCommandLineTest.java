package org.mcuq.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mcuq quantize} inside the product (DL4J in OSGi, the toolchain and QEMU for real) on the example LeNet-5
 * with a slice of its MNIST data: a stopped search (SIGINT, as Ctrl-C sends) saves its state and {@code --resume}
 * finishes it with a bit-exact, profiled project and the report. Exit code 130 is the shell's for SIGINT.
 */
class QuantizeCommandLineTest {

    private static final String LENET5 = "examples/lenet5-mnist/lenet5-mnist.zip";

    @TempDir
    static Path dir;

    private static Path data;

    @BeforeAll
    static void smallData() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        Path example = ProductRun.repoFile("examples/lenet5-mnist/data");
        for (String prefix : new String[] {"train", "t10k"}) {
            int count = prefix.equals("train") ? 800 : 200;
            slice(example.resolve(prefix + "-images-idx3-ubyte.gz"), data, 16, 28 * 28, count);
            slice(example.resolve(prefix + "-labels-idx1-ubyte.gz"), data, 8, 1, count);
        }
    }

    @Test
    void aStoppedSearchResumesAndEndsWithABitExactProfiledProject() throws Exception {
        Path out = dir.resolve("out");
        String[] args = {"quantize", ProductRun.repoFile(LENET5).toString(), "--data", data.toString(), "--board",
            "qemu-m4", "--episodes", "3", "--ram-budget", "4", "--seed", "5", "--out", out.toString()};
        ProductRun.Started first = ProductRun.start(args);
        assertTrue(first.awaitErr("episode   2/3"), () -> "no second episode: " + first);
        interrupt(first.process());
        ProductRun stopped = first.finish();
        assertEquals(130, stopped.exitCode(), stopped::toString);
        assertTrue(stopped.err().contains("--resume"), stopped::toString);

        String[] resume = java.util.Arrays.copyOf(args, args.length + 1);
        resume[args.length] = "--resume";
        ProductRun resumed = ProductRun.mcuq(resume);
        assertEquals(0, resumed.exitCode(), resumed::toString);
        assertTrue(resumed.out().contains("bit-exact yes"), resumed::toString);
        assertTrue(resumed.out().contains("| RLQuant |"), resumed::toString);
        assertFalse(resumed.err().contains("rlquant episode   1/3"), () -> "resumed from scratch: " + resumed);
        assertTrue(Files.isRegularFile(out.resolve("lenet5-mnist-rlquant.mcuq")));
        assertTrue(Files.isRegularFile(out.resolve("report.md")));
    }

    @Test
    void anImpossibleBudgetIsRefusedAtOnce() throws Exception {
        ProductRun run = ProductRun.mcuq("quantize", ProductRun.repoFile(LENET5).toString(), "--data",
                data.toString(), "--board", "qemu-m4", "--flash-budget", "1", "--out", dir.resolve("x").toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("flash budget 1,024 bytes, smallest achievable"), run::toString);
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    private static void interrupt(Process process) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }

    /** Copies the header and the first {@code count} records of a gzip IDX file, fixing the count. */
    private static void slice(Path source, Path folder, int header, int recordBytes, int count) throws IOException {
        byte[] all;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(source))) {
            all = in.readNBytes(header + count * recordBytes);
        }
        ByteBuffer.wrap(all).putInt(4, count);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(folder.resolve(source.getFileName())))) {
            out.write(all);
        }
    }
}
