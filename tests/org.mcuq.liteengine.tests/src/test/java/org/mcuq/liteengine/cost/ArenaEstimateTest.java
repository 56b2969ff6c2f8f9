package org.mcuq.liteengine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.codegen.OpsNetwork;
import org.mcuq.liteengine.memory.LayerMemory;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.TestNetworks;

/**
 * The model's arena against the memory planner's, which the generated code allocates: ResNet-8 at uniform 8, 4,
 * 2 and 1 bits and eight random mixed policies, and the every-op network (in-place depthwise, add and affine,
 * aliases, zero padding) at random policies on every core. The model replays the planner's rules over arrays, so the sizes must
 * be equal, as must every layer's live and scratch bytes.
 */
class ArenaEstimateTest {

    @Test
    void resnet8ArenaEqualsTheMemoryPlannersAtEveryPolicy() {
        Network resnet = CostNetworks.resnet8();
        List<float[]> inputs = CostNetworks.inputs(resnet, 1);
        NetworkCostModel model = NetworkCostModel.of(resnet, Core.CORTEX_M4, inputs);
        List<PolicyCase> cases = new ArrayList<>();
        for (int bits : new int[] {8, 4, 2, 1}) {
            cases.add(PolicyCase.of("resnet8", resnet, model, CostNetworks.uniform(resnet, bits), inputs));
        }
        for (int seed = 1; seed <= 8; seed++) {
            cases.add(PolicyCase.of("resnet8", resnet, model, CostNetworks.random(resnet, seed), inputs));
        }
        cases.forEach(ArenaEstimateTest::assertSamePlan);
        cases.forEach(c -> System.out.printf("%-80s arena %,7d B (model %,7d B)%n", c.label(), c.plan().arenaBytes(),
                c.estimate().arenaBytes()));
    }

    @Test
    void everyOpNetworkArenaEqualsTheMemoryPlannersOnEveryCore() {
        Network ops = OpsNetwork.build(3);
        List<float[]> inputs = TestNetworks.inputs(new java.util.Random(3), 3, OpsNetwork.INPUT, -1, 1);
        for (Core core : Core.values()) {
            NetworkCostModel model = NetworkCostModel.of(ops, core, inputs);
            for (int seed = 1; seed <= 6; seed++) {
                assertSamePlan(PolicyCase.of("ops " + core, ops, model, CostNetworks.random(ops, seed), inputs));
            }
        }
    }

    private static void assertSamePlan(PolicyCase c) {
        assertEquals(c.plan().arenaBytes(), c.estimate().arenaBytes(), c.label() + ": arena");
        for (LayerMemory layer : c.plan().layers()) {
            LayerCost estimate = c.estimate().layers().get(layer.step());
            assertEquals(layer.liveBytes(), estimate.liveBytes(), c.label() + " " + layer.layer() + ": live bytes");
            assertEquals(layer.scratchBytes(), estimate.scratchBytes(), c.label() + " " + layer.layer() + ": scratch");
        }
        int output = c.plan().tensor(c.network().network().outputLayer().name()).bytes();
        assertEquals(output, c.estimate().outputBytes(), c.label() + ": output bytes");
    }
}
