package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.pipeline.internal.InputFiles;
import org.mcuq.pipeline.internal.Sha256;
import org.mcuq.policy.CoreKind;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;

/** The project spec records the quantized network completely: it rebuilds it identically without calibration. */
class ProjectSpecTest {

    @TempDir
    static Path dir;

    private static Generation calibrated;

    @BeforeAll
    static void generateCalibratedProject() throws Exception {
        calibrated = Pipeline.create(Progress.SILENT).generate(Example.model(), Precision.uniform(4, 4),
                Board.QEMU_M7, Optional.empty(), dir.resolve("calibrated"), false);
    }

    @Test
    void theSpecIsAPolicyFileWithTheModelTargetAndEveryStepOwningLayer() throws Exception {
        QuantizationPolicy policy = PolicyResources.load(dir.resolve("calibrated").resolve(ProjectSpec.FILE_NAME));
        assertEquals(Example.model().toString(), policy.getModelFile());
        assertEquals(Sha256.of(Example.model()), policy.getModelSha256());
        assertEquals(CoreKind.CORTEX_M7, policy.getTarget().getCore());
        assertEquals("qemu-m7", policy.getTarget().getBoard());
        assertEquals(List.of("input", "conv1", "conv2", "fc1", "fc2", "output"),
                policy.getLayers().stream().map(LayerPolicy::getLayerName).toList(),
                "pooling and flatten keep their input's quantization and have no entry");
        LayerPolicy input = policy.getLayers().get(0);
        assertEquals("INPUT:unsigned", input.getOp());
        assertEquals(calibrated.network().inputQuantization().step(), input.getActivationStep());
        assertTrue(policy.getProvenance().getAlgorithm().contains("256 images of the bundled MNIST example"),
                policy.getProvenance().getAlgorithm());
    }

    @Test
    void everyWeightStepAndActivationStepIsStoredExactly() throws Exception {
        ProjectSpec spec = ProjectSpec.read(dir.resolve("calibrated"));
        assertEquals(Core.CORTEX_M7, spec.core());
        for (LayerPolicy entry : spec.policy().getLayers()) {
            QuantizedLayer layer = calibrated.network().layer(entry.getLayerName());
            assertEquals(layer.output().bits(), entry.getActivationBits(), entry.getLayerName());
            assertEquals(layer.output().step(), entry.getActivationStep(), entry.getLayerName());
            if (layer instanceof QuantizedWeightedLayer weighted) {
                assertEquals(4, entry.getWeightBits());
                float[] stored = new float[entry.getWeightSteps().size()];
                for (int i = 0; i < stored.length; i++) {
                    stored[i] = entry.getWeightSteps().get(i);
                }
                assertArrayEquals(weighted.weightSteps(), stored, entry.getLayerName());
            }
        }
    }

    @Test
    void theSpecAsPolicyRegeneratesTheSameNetworkWithoutCalibrating() throws Exception {
        Path noise = dir.resolve("noise.f32");
        InputFiles.writeRaw(noise, randomImage(new Random(3)));
        RecordingProgress progress = new RecordingProgress();
        Generation again = Pipeline.create(progress).generate(Example.model(),
                Precision.policyFile(dir.resolve("calibrated").resolve(ProjectSpec.FILE_NAME)), Board.QEMU_M7,
                Optional.of(noise), dir.resolve("again"), false);
        assertFalse(progress.steps.stream().anyMatch(s -> s.contains("calibration")), progress.steps.toString());
        assertSameConstants(calibrated.network(), again.network());
        for (String file : calibrated.project().files()) {
            if (!file.equals("network_input.c") && !file.equals(".mcuq-manifest")) {
                assertArrayEquals(Files.readAllBytes(dir.resolve("calibrated").resolve(file)),
                        Files.readAllBytes(dir.resolve("again").resolve(file)), file);
            }
        }
    }

    private static void assertSameConstants(QuantizedNetwork expected, QuantizedNetwork actual) {
        assertEquals(expected.layers().size(), actual.layers().size());
        for (QuantizedLayer layer : expected.layers()) {
            QuantizedLayer other = actual.layer(layer.name());
            assertEquals(layer.output(), other.output(), layer.name());
            if (layer instanceof QuantizedWeightedLayer w && other instanceof QuantizedWeightedLayer o) {
                assertArrayEquals(w.weights(), o.weights(), layer.name());
                assertArrayEquals(w.bias(), o.bias(), layer.name());
                assertArrayEquals(w.multipliers(), o.multipliers(), layer.name());
                assertArrayEquals(w.shifts(), o.shifts(), layer.name());
            } else if (layer instanceof QuantizedScaledSum s && other instanceof QuantizedScaledSum o) {
                assertArrayEquals(s.multipliers(), o.multipliers(), layer.name());
            } else {
                assertEquals(layer.getClass(), other.getClass(), layer.name());
            }
        }
    }

    private static float[] randomImage(Random random) {
        float[] image = new float[28 * 28];
        for (int i = 0; i < image.length; i++) {
            image[i] = random.nextFloat();
        }
        return image;
    }
}
