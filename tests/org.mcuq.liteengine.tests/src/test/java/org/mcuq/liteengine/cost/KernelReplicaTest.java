package org.mcuq.liteengine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.LayerKernel;
import org.mcuq.liteengine.codegen.OpsNetwork;
import org.mcuq.liteengine.cost.internal.Coefficients;
import org.mcuq.liteengine.cost.internal.GeneratedSetups;
import org.mcuq.liteengine.cost.internal.KernelFeatures;
import org.mcuq.liteengine.cost.internal.KernelSetup;
import org.mcuq.liteengine.cost.internal.Metric;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.TestNetworks;

/**
 * The model prices each layer from its own replay of the generator's choices (kernel, packing plan, formats,
 * requantization path from the estimated steps). For networks really quantized at random policies with the same
 * calibration inputs, that replay must match what the generator chose exactly: the same kernel, the same constant
 * bytes, and instructions equal to those of the generated kernel's features.
 */
class KernelReplicaTest {

    @Test
    void resnet8AndLenet5KernelsAreReplayedExactly() {
        check(CostNetworks.resnet8(), CostNetworks.inputs(CostNetworks.resnet8(), 2), Core.CORTEX_M4, 6);
        check(CostNetworks.lenet5(), CostNetworks.inputs(CostNetworks.lenet5(), 2), Core.CORTEX_M3, 6);
    }

    @Test
    void everyOpAndRandomNetworksAreReplayedExactlyOnEveryCore() {
        for (Core core : Core.values()) {
            check(OpsNetwork.build(9), TestNetworks.inputs(new Random(9), 3, OpsNetwork.INPUT, -1, 1), core, 4);
            for (int seed = 1; seed <= 8; seed++) {
                Network random = RandomNetworks.build(500 + seed);
                double low = seed % 3 == 0 ? -1 : 0;
                check(random, TestNetworks.inputs(new Random(seed), 3, random.inputLayer().shape(), low, 1), core,
                        2);
            }
        }
    }

    private static void check(Network network, List<float[]> inputs, Core core, int policies) {
        NetworkCostModel model = NetworkCostModel.of(network, core, inputs);
        Coefficients coefficients = Coefficients.load(core);
        for (int seed = 1; seed <= policies; seed++) {
            PolicyCase c = PolicyCase.of(network.name(), network, model, CostNetworks.random(network, seed), inputs);
            List<KernelSetup> generated = GeneratedSetups.of(c.network(), c.kernels(), core);
            for (KernelSetup s : generated) {
                LayerCost estimate = c.estimate().layers().get(s.step());
                LayerKernel kernel = c.kernels().kernel(estimate.layer());
                String where = c.label() + " on " + core + ", layer " + estimate.layer();
                assertEquals(kernel.kind(), estimate.kind(), where);
                assertEquals(kernel.kind() == KernelKind.SCALED_SUM ? 0 : kernel.constantBytes(),
                        estimate.constantBytes(), where + ": constant bytes");
                double expected = coefficients.apply(Metric.INSTRUCTIONS, KernelFeatures.runtime(s));
                assertEquals(expected, estimate.instructions(), 1e-6 * Math.max(1, Math.abs(expected)),
                        where + ": instructions (" + s + ")");
            }
        }
    }
}
