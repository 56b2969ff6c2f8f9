package org.mcuq.liteengine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelSelection;
import org.mcuq.liteengine.codegen.OpsNetwork;
import org.mcuq.liteengine.memory.TensorPlacement.Sharing;
import org.mcuq.liteengine.memory.TensorPlacement.Storage;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.Resnet8Builder;
import org.mcuq.liteengine.quant.TestNetworks;

class MemoryPlannerTest {

    private static final Shape RESNET_INPUT = new Shape(32, 32, 3);

    @Test
    void noTwoSimultaneouslyLiveBuffersOverlapAtAnyBitWidth() {
        int pairs = 0;
        for (int bits = 1; bits <= 8; bits++) {
            QuantizedNetwork ops = quantize(OpsNetwork.build(bits), OpsNetwork.INPUT, QuantizationSpec.uniform(bits,
                    9 - bits), -1);
            pairs += PlanChecks.assertNoLiveOverlap(plan(ops, Core.CORTEX_M4));
            pairs += PlanChecks.assertNoLiveOverlap(MemoryPlanner.plan(ops, KernelMemory.plain()));
        }
        assertTrue(pairs > 500, "only " + pairs + " pairs checked");
    }

    @Test
    void elementwiseAndDepthwiseLayersRunInPlaceAndAliasesShareStorage() {
        QuantizedNetwork q = quantize(OpsNetwork.build(4), OpsNetwork.INPUT, QuantizationSpec.uniform(4, 4), -1);
        MemoryPlan plan = plan(q, Core.CORTEX_M4);
        PlanChecks.assertNoLiveOverlap(plan);
        List<String> inPlace = PlanChecks.inPlaceTensors(plan);
        assertTrue(inPlace.containsAll(List.of("add", "bn", "dw2", "add2")), "in place: " + inPlace);
        assertEquals(Sharing.OWN, plan.tensor("relu").sharing(), "bn is read again by dw2 after the ReLU");
        for (String alias : List.of("fl", "rs", "fl2", "sm")) {
            TensorPlacement t = plan.tensor(alias);
            assertEquals(Sharing.ALIAS, t.sharing(), alias);
            assertEquals(plan.tensor(t.sharedWith()).offset(), t.offset(), alias);
        }
        assertEquals(Storage.NETWORK_INPUT, plan.tensor("in").storage());
    }

    @Test
    void withoutInPlaceKernelsOnlyAliasesShareStorage() {
        QuantizedNetwork q = quantize(OpsNetwork.build(4), OpsNetwork.INPUT, QuantizationSpec.uniform(4, 4), -1);
        MemoryPlan plain = MemoryPlanner.plan(q, KernelMemory.plain());
        assertTrue(plain.tensors().stream().noneMatch(t -> t.sharing() == Sharing.IN_PLACE));
        assertTrue(plain.arenaBytes() > plan(q, Core.CORTEX_M4).arenaBytes() - plan(q, Core.CORTEX_M4)
                .scratchBytes(), "in-place execution should save arena bytes");
    }

    @Test
    void resnet8PlansAtUniform8And4BitsAndMixed() {
        Network resnet = Resnet8Builder.build(8);
        MemoryPlan w8 = plan(quantize(resnet, RESNET_INPUT, QuantizationSpec.uniform(8, 8), 0), Core.CORTEX_M4);
        MemoryPlan w4 = plan(quantize(resnet, RESNET_INPUT, QuantizationSpec.uniform(4, 4), 0), Core.CORTEX_M4);
        QuantizedNetwork mixedNet = quantize(resnet, RESNET_INPUT, mixedSpec(resnet), 0);
        MemoryPlan mixed = plan(mixedNet, Core.CORTEX_M4);
        for (MemoryPlan plan : List.of(w8, w4, mixed)) {
            PlanChecks.assertNoLiveOverlap(plan);
            assertTrue(plan.arenaBytes() >= plan.peakLiveBytes(), "below the lower bound");
            assertTrue(plan.arenaBytes() <= plan.peakLiveBytes() * 5 / 4 + 64, "far above the peak live bytes: "
                    + plan.describe());
            assertTrue(PlanChecks.inPlaceTensors(plan).size() >= 3, "the adds should run in place");
        }
        // 4-bit tensors take half the bytes of 8-bit ones; the int16 scratch columns do not shrink.
        assertTrue(w4.arenaBytes() < w8.arenaBytes() * 0.7, w4.arenaBytes() + " vs " + w8.arenaBytes());
        System.out.printf("ResNet-8 arena: W8A8 %,d B (peak live %,d, scratch %,d), W4A4 %,d B (peak live %,d,"
                + " scratch %,d), mixed %,d B; constants %,d / %,d / %,d B%n", w8.arenaBytes(), w8.peakLiveBytes(),
                w8.scratchBytes(), w4.arenaBytes(), w4.peakLiveBytes(), w4.scratchBytes(), mixed.arenaBytes(),
                w8.constantBytes(), w4.constantBytes(), mixed.constantBytes());
    }

    @Test
    void perLayerFlashAddsUpAndMatchesThePlainSizesForPlainKernels() {
        QuantizedNetwork q = quantize(TestNetworks.mixed(2), new Shape(10, 10, 2), QuantizationSpec.uniform(3, 5),
                0);
        MemoryPlan plan = MemoryPlanner.plan(q, KernelMemory.plain());
        long expected = 0;
        for (var layer : q.layers()) {
            if (layer instanceof QuantizedWeightedLayer w) {
                expected += (w.weights().length * 3L + 7) / 8 + 9L * w.channels();
            }
        }
        long scaledSums = plan.layers().stream().filter(l -> !(q.layer(l.layer()) instanceof QuantizedWeightedLayer))
                .mapToLong(LayerMemory::constantBytes).sum();
        assertEquals(expected + scaledSums, plan.constantBytes());
        assertTrue(scaledSums > 0, "the add and the ReLU carry multipliers");
    }

    static Map<String, LayerBits> randomBits(Network network, long seed) {
        Random random = new Random(seed);
        Map<String, LayerBits> bits = new HashMap<>();
        for (var layer : Quantizer.prepare(network).layers()) {
            if (layer instanceof org.mcuq.ir.WeightedLayer) {
                bits.put(layer.name(), new LayerBits(2 + random.nextInt(7), 2 + random.nextInt(7)));
            }
        }
        return bits;
    }

    private static QuantizationSpec mixedSpec(Network network) {
        return QuantizationSpec.perLayer(randomBits(network, 17));
    }

    private static MemoryPlan plan(QuantizedNetwork q, Core core) {
        return MemoryPlanner.plan(q, KernelSelection.select(q, core, GenerationOptions.defaults()));
    }

    private static QuantizedNetwork quantize(Network network, Shape input, QuantizationSpec spec, double low) {
        return Quantizer.quantize(network, spec, TestNetworks.inputs(new Random(1), 4, input, low, 1));
    }
}
