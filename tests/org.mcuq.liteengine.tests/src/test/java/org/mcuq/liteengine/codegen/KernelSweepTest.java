package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.RunResult;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;

/**
 * Every op at bit pairs covering 1..8 for weights and for activations, (w, a) = (k, 9 - k) and (k, k): one
 * firmware image per core holds the 16 networks, and every layer's output must equal the reference executor's.
 */
class KernelSweepTest {

    @TempDir
    Path work;

    @Test
    void everyOpAtEveryBitWidthMatchesTheReferenceOnCortexM4() {
        sweep(Board.QEMU_M4);
    }

    @Test
    void everyOpAtEveryBitWidthMatchesTheReferenceOnCortexM3() {
        sweep(Board.QEMU_M3);
    }

    private void sweep(Board board) {
        CombinedFirmware firmware = new CombinedFirmware(board, work, true);
        for (LayerBits bits : pairs()) {
            long seed = 31L * bits.weightBits() + bits.activationBits();
            QuantizedNetwork q = quantize(OpsNetwork.build(seed), bits, seed);
            firmware.add(q, input(q, seed), GenerationOptions.defaults());
        }
        RunResult run = firmware.buildAndRun(false);
        int layers = 0;
        for (CombinedFirmware.Entry entry : firmware.entries()) {
            layers += ReferenceCheck.assertMatches(run, entry, true);
        }
        assertTrue(layers >= 16 * 20, "compared " + layers + " layer outputs");
    }

    static List<LayerBits> pairs() {
        List<LayerBits> pairs = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            pairs.add(new LayerBits(k, 9 - k));
            pairs.add(new LayerBits(k, k));
        }
        return pairs;
    }

    static QuantizedNetwork quantize(Network network, LayerBits bits, long seed) {
        Random random = new Random(seed);
        return Quantizer.quantize(network, QuantizationSpec.uniform(bits.weightBits(), bits.activationBits()),
                TestNetworks.inputs(random, 6, OpsNetwork.INPUT, -1, 1));
    }

    /** A quantized random input, partly outside the calibration range so that clamps are exercised. */
    static int[] input(QuantizedNetwork q, long seed) {
        Random random = new Random(seed + 1);
        return q.quantizeInput(TestNetworks.between(random, OpsNetwork.INPUT.elements(), -1.3, 1.3));
    }
}
