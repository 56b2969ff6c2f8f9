package org.mcuq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.data.Dataset;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.factory.LayerSpec;
import org.mcuq.policy.factory.PolicyFactoryHelper;
import org.mcuq.policy.resource.PolicyResources;

/** generate and run on the example LeNet-5 through the command line, and the one-line errors of bad input. */
class GenerateAndRunTest {

    @TempDir
    static Path dir;

    private static Path project;
    private static CliRun generated;

    @BeforeAll
    static void generate() {
        project = dir.resolve("lenet");
        generated = CliRun.mcuq("generate", CliRun.model(), "--bits", "8,8", "--core", "m4", "--out",
                project.toString());
    }

    @Test
    void generateShowsItsStepsAndWhatItWrote() {
        assertEquals(0, generated.exitCode(), generated::toString);
        for (String step : List.of("importing", "quantizing to uniform W8A8", "generating the C project")) {
            assertTrue(generated.err().contains("mcuq generate: " + step), step + "\n" + generated);
        }
        assertTrue(generated.out().contains("next: mcuq run " + project + " --board qemu-m4"), generated::toString);
        assertTrue(Files.isRegularFile(project.resolve("mcuq-project.mcuq")));
    }

    @Test
    void runIsBitExactOnTheTestInputAndOnAnotherDigit() {
        CliRun run = CliRun.mcuq("run", project.toString(), "--board", "qemu-m4");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("bit-exact: yes"), run::toString);
        assertTrue(run.out().contains("class 7") && run.out().contains("instructions"), run::toString);
        assertTrue(run.err().contains("mcuq run: building") && run.err().contains("mcuq run: running on qemu-m4"),
                run::toString);
        CliRun digit = CliRun.mcuq("run", project.toString(), "--board", "qemu-m4", "--input",
                CliRun.images() + "#1");
        assertEquals(0, digit.exitCode(), digit::toString);
        assertTrue(digit.out().startsWith("bit-exact: yes") && digit.out().contains("class 2"), digit::toString);
    }

    @Test
    void aFirmwareThatDisagreesWithTheReferenceExitsWith1AndNamesTheFirstMismatch() throws Exception {
        Path copy = dir.resolve("out-of-step");
        assertEquals(0, CliRun.mcuq("generate", CliRun.model(), "--bits", "8,8", "--core", "m4", "--out",
                copy.toString()).exitCode());
        // The reference then runs on digit 1 while the unchanged firmware still holds digit 0.
        Files.write(copy.resolve("mcuq-test-input.f32"), digitAsRawFloats(1));
        CliRun run = CliRun.mcuq("run", copy.toString(), "--board", "qemu-m4");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().matches("(?s)bit-exact: no, first mismatch at output element \\d+: expected -?\\d+,"
                + " got -?\\d+ \\(\\d+ of 10 output values differ.*"), run::toString);
    }

    @Test
    void badInputGivesExitCode1AndOneErrorLine() throws Exception {
        assertOneLineError(CliRun.mcuq("run", project.toString(), "--board", "qemu-m3"),
                "generated for a Cortex-M4 but board qemu-m3 has a Cortex-M3");
        assertOneLineError(CliRun.mcuq("generate", CliRun.model(), "--bits", "4,4", "--core", "m4", "--out",
                project.toString()), "is not empty");
        Path shortInput = Files.write(dir.resolve("short.f32"), new byte[400]);
        assertOneLineError(CliRun.mcuq("run", project.toString(), "--board", "qemu-m4", "--input",
                shortInput.toString()), "holds 400 bytes but the model takes one input of 784 float32 values");
        Path policy = dir.resolve("other.mcuq");
        PolicyResources.save(policyWithoutFc2(), policy);
        Path out = dir.resolve("never");
        assertOneLineError(CliRun.mcuq("generate", CliRun.model(), "--policy", policy.toString(), "--core", "m7",
                "--out", out.toString()), "Layer 'fc2' of the model has no policy");
        assertFalse(Files.exists(out));
    }

    private static void assertOneLineError(CliRun run, String message) {
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(1, run.errorLines().size(), run::toString);
        assertTrue(run.errorLines().get(0).contains(message), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    private static QuantizationPolicy policyWithoutFc2() {
        List<LayerSpec> layers = List.of(new LayerSpec("conv1", "CONV2D"), new LayerSpec("conv2", "CONV2D"),
                new LayerSpec("fc1", "DENSE"), new LayerSpec("output", "DENSE"));
        return PolicyFactoryHelper.uniform(CliRun.model(), null, layers, 6, 6);
    }

    private static byte[] digitAsRawFloats(int index) throws Exception {
        Dataset digits = MnistReader.readFolder(CliRun.exampleFolder(), "mnist-test-1k", PixelScaling.UNIT);
        float[] image = digits.sample(index);
        ByteBuffer buffer = ByteBuffer.allocate(4 * image.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(image);
        return buffer.array();
    }
}
