package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.RunResult;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.packing.ActivationType;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.packing.PackingPlanner;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;
import org.mcuq.pipeline.BoardFirmware;

/**
 * Packing plans other than the planner's favourite, forced onto a conv layer: for every class of plan (multiply
 * kind, sign handling, extraction) a few random candidates at their largest T, with weights and inputs pushed to
 * their extremes, where the overflow proofs are tight. Outputs must equal the reference bit for bit.
 */
class PlanSweepTest {

    private static final int PER_CLASS = 4;

    @TempDir
    Path work;

    @Test
    void sampledPlansOfEveryClassAreBitExactOnCortexM4() {
        sweep(Board.QEMU_M4, 10);
    }

    @Test
    void sampledPlansOfEveryClassAreBitExactOnCortexM3() {
        sweep(Board.QEMU_M3, 7);
    }

    private void sweep(Board board, int classes) {
        Map<String, List<PackingPlan>> sample = sample(BoardFirmware.core(board.core()), new Random(board.ordinal()));
        assertEquals(classes, sample.size(), sample.keySet().toString());
        CombinedFirmware firmware = new CombinedFirmware(board, work, false);
        long seed = 0;
        for (List<PackingPlan> plans : sample.values()) {
            for (PackingPlan plan : plans) {
                QuantizedNetwork q = quantize(plan, ++seed);
                firmware.add(q, extremeInput(q, seed), GenerationOptions.defaults().withPlan("conv", plan));
            }
        }
        RunResult run = firmware.buildAndRun(false);
        firmware.entries().forEach(entry -> ReferenceCheck.assertMatches(run, entry, false));
    }

    /** Up to PER_CLASS random candidates of each class, over all bit pairs and both activation types. */
    private static Map<String, List<PackingPlan>> sample(org.mcuq.liteengine.packing.Core core, Random random) {
        Map<String, List<PackingPlan>> byClass = new TreeMap<>();
        for (int w = 1; w <= 8; w++) {
            for (int a = 1; a <= 8; a++) {
                for (ActivationType type : ActivationType.values()) {
                    for (PackingPlan p : PackingPlanner.candidates(w, a, type, core)) {
                        byClass.computeIfAbsent(p.kind() + "/" + p.signHandling() + "/" + p.extraction(),
                                k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        byClass.replaceAll((k, plans) -> {
            List<PackingPlan> shuffled = new ArrayList<>(plans);
            Collections.shuffle(shuffled, random);
            return List.copyOf(shuffled.subList(0, Math.min(PER_CLASS, shuffled.size())));
        });
        return byClass;
    }

    /**
     * A 3x3 conv with 3 output channels whose weights quantize to the extremes of their range; 7 input channels
     * (K = 63, columns staged) for odd seeds, 8 (K = 72, columns built from whole input bytes where the plan's
     * groups fit) for even ones.
     */
    private static QuantizedNetwork quantize(PackingPlan plan, long seed) {
        Random r = new Random(seed);
        Shape input = input(seed);
        float[] weights = new float[9 * input.channels() * 3];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (r.nextBoolean() ? 1 : -1) * (r.nextInt(4) == 0 ? 0.3f + r.nextFloat() : 1f);
        }
        Network network = new Network("plan" + seed, List.of(new InputLayer("in", input),
                new Conv2D("conv", "in", 3, 3, 1, 1, Padding.SAME, 3, weights, new float[3], Activation.NONE)));
        boolean signed = plan.activationType() == ActivationType.SIGNED;
        QuantizationSpec spec = QuantizationSpec.uniform(plan.weightBits(), plan.activationBits())
                .withInputSigned(signed);
        return Quantizer.quantize(network, spec, TestNetworks.inputs(r, 3, input, signed ? -1 : 0, 1));
    }

    private static Shape input(long seed) {
        return new Shape(4, 5, seed % 2 == 0 ? 8 : 7);
    }

    /** Most inputs at the largest magnitude of the input range, the rest random. */
    private static int[] extremeInput(QuantizedNetwork q, long seed) {
        Random r = new Random(seed);
        var format = q.inputQuantization();
        int[] x = new int[input(seed).elements()];
        for (int i = 0; i < x.length; i++) {
            int extreme = r.nextBoolean() || !format.signed() ? format.max() : format.min();
            x[i] = r.nextInt(4) == 0 ? format.min() + r.nextInt(format.max() - format.min() + 1) : extreme;
        }
        return x;
    }
}
