package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.data.Dataset;
import org.mcuq.liteengine.reference.ReferenceExecutor;
import org.mcuq.pipeline.internal.InputFiles;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;

/**
 * The example LeNet-5 from model file to firmware on QEMU: each project runs on its own test input and on further
 * real MNIST digits, and every run must be bit-exact with the integer reference.
 */
class LenetEndToEndTest {

    private static final RecordingProgress PROGRESS = new RecordingProgress();
    private static final Pipeline PIPELINE = Pipeline.create(PROGRESS);
    private static Dataset digits;

    @TempDir
    Path dir;

    @BeforeAll
    static void readDigits() throws Exception {
        digits = Example.digits();
    }

    @Test
    void uniformEightBitOnQemuM4ClassifiesTheDigitsAndReportsTheCost() throws Exception {
        Generation generation = generate(Precision.uniform(8, 8), Board.QEMU_M4);
        List<RunReport> runs = runAll(generation, Board.QEMU_M4, 1, 2);
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(digits.label(i), ReferenceExecutor.argmax(runs.get(i).actual()), "class of digit " + i);
        }
        long instructions = runs.get(0).networkInstructions().orElseThrow();
        System.out.printf("LeNet-5 W8A8 on qemu-m4: %,d instructions, %,d estimated cycles per inference%n",
                instructions, runs.get(0).networkCycles().orElseThrow());
        assertTrue(instructions > 416_520, "at least one instruction per MAC, got " + instructions);
    }

    @Test
    void uniformFourBitOnQemuM4() throws Exception {
        runAll(generate(Precision.uniform(4, 4), Board.QEMU_M4), Board.QEMU_M4, 3, 4);
    }

    @Test
    void seededRandomMixedPolicyOnQemuM4() throws Exception {
        QuantizationPolicy policy = MixedPolicies.random(Example.model(), 7, 1);
        System.out.println("mixed policy: " + policy.getLayers().stream()
                .map(l -> l.getLayerName() + " W" + l.getWeightBits() + "A" + l.getActivationBits())
                .collect(Collectors.joining(", ")));
        Generation generation = generate(Precision.policyFile(MixedPolicies.save(policy, dir.resolve("mixed.mcuq"))),
                Board.QEMU_M4);
        for (LayerPolicy layer : policy.getLayers()) {
            assertEquals(layer.getActivationBits(), generation.network().tensor(layer.getLayerName()).bits());
        }
        runAll(generation, Board.QEMU_M4, 5, 6);
    }

    @Test
    void uniformFourBitOnQemuM3() throws Exception {
        runAll(generate(Precision.uniform(4, 4), Board.QEMU_M3), Board.QEMU_M3, 7, 8);
    }

    @Test
    void aCortexM4ProjectAlsoRunsOnTheStm32BoardWithItsOwnMemoryMap() throws Exception {
        Generation generation = generate(Precision.uniform(8, 8), Board.QEMU_M4);
        RunReport run = requireBitExact(PIPELINE.run(generation.project().directory(), Board.QEMU_STM32F405,
                Optional.of(Example.image(9))));
        assertTrue(run.firmware().startsWith(generation.project().directory().resolve(Pipeline.RUN_FOLDER)),
                run.firmware().toString());
    }

    @Test
    void aFirmwareThatDisagreesWithTheReferenceIsReportedWithItsFirstMismatch() throws Exception {
        Generation generation = generate(Precision.uniform(8, 8), Board.QEMU_M4);
        Path project = generation.project().directory();
        // The reference now runs on digit 1 while the unchanged firmware still holds digit 0.
        InputFiles.writeRaw(project.resolve(ProjectSpec.TEST_INPUT_FILE), digits.sample(1));
        RunReport run = PIPELINE.run(project, Board.QEMU_M4, Optional.empty());
        assertFalse(run.bitExact());
        int first = Arrays.mismatch(run.expected(), run.actual());
        assertEquals(new Mismatch(first, run.expected()[first], run.actual()[first]),
                run.firstMismatch().orElseThrow());
        assertArrayEquals(ReferenceExecutor.run(generation.network(), generation.testInput()), run.actual(),
                "the firmware ran its own test input, digit 0");
        assertTrue(run.mismatches() > 0 && run.mismatches() <= 10, "mismatches " + run.mismatches());
    }

    private Generation generate(Precision precision, Board board) throws Exception {
        return PIPELINE.generate(Example.model(), precision, board, Optional.empty(), dir.resolve("project"), false);
    }

    /** The project's own test input (digit 0 of the example images), then the given digits. */
    private static List<RunReport> runAll(Generation generation, Board board, int... images) throws Exception {
        Path project = generation.project().directory();
        RunReport own = requireBitExact(PIPELINE.run(project, board, Optional.empty()));
        assertEquals(project.resolve("firmware.elf"), own.firmware(), "the project itself is built and run");
        List<RunReport> runs = new ArrayList<>(List.of(own));
        for (int image : images) {
            RunReport run = requireBitExact(PIPELINE.run(project, board, Optional.of(Example.image(image))));
            assertEquals(Example.image(image).toString(), run.input());
            assertFalse(Arrays.equals(own.actual(), run.actual()), "digit " + image + " ran, not the test input");
            runs.add(run);
        }
        assertTrue(Arrays.stream(own.expected()).distinct().count() > 1, "a non-constant output");
        return runs;
    }

    private static RunReport requireBitExact(RunReport run) {
        assertTrue(run.bitExact(), () -> "not bit-exact on " + run.board().id() + " for " + run.input() + ": "
                + run.firstMismatch().orElseThrow() + ", " + run.mismatches() + " values differ; expected "
                + Arrays.toString(run.expected()) + " got " + Arrays.toString(run.actual()));
        System.out.printf("  %s on %s: bit-exact, output %s%n", run.input(), run.board().id(),
                Arrays.toString(run.actual()));
        return run;
    }
}
