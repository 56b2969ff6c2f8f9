package org.mcuq.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static final String RESNET8 = "models/mlperf_tiny_ic_resnet8_cifar10/pretrainedResnet.h5";
    private static final String LENET5 = "examples/lenet5-mnist/lenet5-mnist.zip";

    @Test
    void helpListsTheCommands() throws Exception {
        ProductRun run = ProductRun.mcuq("--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("inspect"), run::toString);
    }

    @Test
    void unknownCommandIsAUsageError() throws Exception {
        ProductRun run = ProductRun.mcuq("frobnicate");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("unknown command 'frobnicate'"), run::toString);
    }

    @Test
    void inspectWithoutModelIsAUsageError() throws Exception {
        ProductRun run = ProductRun.mcuq("inspect");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("usage: mcuq inspect"), run::toString);
    }

    @Test
    void inspectShowsTheRealFiguresOfResNet8() throws Exception {
        ProductRun run = ProductRun.mcuq("inspect", ProductRun.sharedFile(RESNET8).toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("2,359,296"), run::toString);
        assertTrue(run.out().contains("12.50 M"), run::toString);
    }

    @Test
    void inspectJsonOfTheExampleHasTotals() throws Exception {
        ProductRun run = ProductRun.mcuq("inspect", ProductRun.repoFile(LENET5).toString(), "--json");
        assertEquals(0, run.exitCode(), run::toString);
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*\\{[^}]*\"macs\"\\s*:\\s*(\\d+)").matcher(run.out());
        assertTrue(total.find(), run::toString);
        assertTrue(Long.parseLong(total.group(1)) > 100_000, run::toString);
    }

    @Test
    void aFileThatIsNotAModelGivesOneClearLine(@TempDir Path dir) throws Exception {
        Path notAModel = Files.writeString(dir.resolve("notes.h5"), "these are my notes, not a model");
        ProductRun run = ProductRun.mcuq("inspect", notAModel.toString());
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("mcuq inspect: error: ") && l.contains("notes.h5")),
                run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    @Test
    void generatesTheExampleAndRunsItBitExactOnTheEmulatedBoard(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("lenet5-w4a8");
        ProductRun generate = ProductRun.mcuq("generate", ProductRun.repoFile(LENET5).toString(), "--bits", "4,8",
                "--core", "m4", "--out", out.toString());
        assertEquals(0, generate.exitCode(), generate::toString);

        ProductRun run = ProductRun.mcuq("run", out.toString(), "--board", "qemu-m4");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("bit-exact: yes"), run::toString);
    }
}
