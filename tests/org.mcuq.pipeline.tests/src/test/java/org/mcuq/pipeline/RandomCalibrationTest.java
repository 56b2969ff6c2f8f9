package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.pipeline.internal.SampleInputs;
import org.mcuq.policy.QuantizationPolicy;

/**
 * A model without calibration data whose input is not the example's 28x28x1 (the shared MLPerf Tiny ResNet-8):
 * calibrated on seeded random inputs with a warning, recorded with its seed, and still bit-exact on the board.
 */
class RandomCalibrationTest {

    @TempDir
    Path dir;

    @Test
    void resnet8WithoutDataIsCalibratedOnSeededRandomInputsAndRunsBitExact() throws Exception {
        RecordingProgress progress = new RecordingProgress();
        Pipeline pipeline = Pipeline.create(progress);
        Generation generation = pipeline.generate(resnet8(), Precision.uniform(8, 8), Board.QEMU_M4,
                Optional.empty(), dir.resolve("resnet8"), false);
        assertEquals(1, progress.warnings.size(), progress.warnings.toString());
        assertTrue(progress.warnings.get(0).contains("Accuracy will suffer")
                && progress.warnings.get(0).contains("still bit-exact"), progress.warnings.get(0));
        QuantizationPolicy spec = generation.spec().policy();
        assertEquals(SampleInputs.RANDOM_SEED, spec.getProvenance().getSeed());
        assertTrue(spec.getProvenance().getAlgorithm().contains("random inputs in 0.0..255.0"),
                spec.getProvenance().getAlgorithm());
        RunReport run = pipeline.run(generation.project().directory(), Board.QEMU_M4, Optional.empty());
        assertTrue(run.bitExact(), () -> "first mismatch " + run.firstMismatch());
        System.out.printf("ResNet-8 W8A8 on qemu-m4: %,d instructions per inference%n",
                run.networkInstructions().orElseThrow());
    }

    private static Path resnet8() {
        Path file = Path.of(System.getProperty("mcuq.shared.dir", "../../../shared"), "models",
                "mlperf_tiny_ic_resnet8_cifar10", "pretrainedResnet.h5");
        assertTrue(Files.isRegularFile(file), "shared model not found: " + file + " (set -Dmcuq.shared.dir)");
        return file;
    }
}
