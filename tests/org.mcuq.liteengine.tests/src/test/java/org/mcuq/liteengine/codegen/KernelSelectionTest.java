package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Dense;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.packing.ActivationType;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.packing.MultiplyKind;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.packing.PackingPlanner;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;

/** Which kernel each layer gets, and which plans are refused. */
class KernelSelectionTest {

    @Test
    void everyLayerGetsAKernelOfItsKind() {
        KernelSelection kernels = KernelSelection.select(ops(4, 4), Core.CORTEX_M4, GenerationOptions.defaults());
        assertEquals(KernelKind.NONE, kernels.kernel("in").kind());
        assertEquals(KernelKind.DEPTHWISE, kernels.kernel("dw").kind());
        assertEquals(KernelKind.MAX_POOL, kernels.kernel("mp").kind());
        assertEquals(KernelKind.AVG_POOL, kernels.kernel("ap").kind());
        assertEquals(KernelKind.SCALED_SUM, kernels.kernel("add").kind());
        assertEquals(KernelKind.AFFINE, kernels.kernel("bn").kind());
        assertEquals(KernelKind.SCALED_SUM, kernels.kernel("relu").kind());
        assertEquals(KernelKind.SCALED_SUM, kernels.kernel("r6").kind());
        assertEquals(KernelKind.ZERO_PADDING, kernels.kernel("zp").kind());
        assertEquals(KernelKind.GLOBAL_AVG_POOL, kernels.kernel("gap").kind());
        assertEquals(KernelKind.NONE, kernels.kernel("fl").kind());
        assertEquals(KernelKind.NONE, kernels.kernel("sm").kind());
        assertTrue(kernels.kernel("c1").packedMultiply(), kernels.kernel("c1").describe());
    }

    @Test
    void theEightBitPathUsesSmladOnTheM4AndPackedPlansOnTheM3() {
        QuantizedNetwork q = ops(8, 8);
        assertEquals(KernelKind.DOT_SMLAD, KernelSelection.select(q, Core.CORTEX_M4, GenerationOptions.defaults())
                .kernel("c2").kind());
        LayerKernel m3 = KernelSelection.select(q, Core.CORTEX_M3, GenerationOptions.defaults()).kernel("c2");
        assertEquals(MultiplyKind.UMLAL64, m3.plan().orElseThrow().kind());
    }

    @Test
    void thePlainPolicyUsesOneMacPerMla() {
        KernelSelection kernels = KernelSelection.select(ops(2, 2), Core.CORTEX_M4,
                GenerationOptions.defaults().withKernelPolicy(KernelPolicy.PLAIN));
        for (String layer : List.of("c1", "c2", "c3", "fc1", "fc2", "out")) {
            assertEquals(KernelKind.DOT_PLAIN, kernels.kernel(layer).kind(), layer);
        }
    }

    @Test
    void anUnsafePlanIsRefusedWithTheViolatedCondition() {
        QuantizedNetwork q = ops(4, 4);
        PackingPlan safe = PackingPlanner.plan(4, 4, ActivationType.UNSIGNED, Core.CORTEX_M4);
        PackingPlan unsafe = safe.withMaxAccumulations(safe.maxAccumulations() + 1);
        CodeGenerationException e = assertThrows(CodeGenerationException.class, () -> KernelSelection.select(q,
                Core.CORTEX_M4, GenerationOptions.defaults().withPlan("c1", unsafe)));
        assertTrue(e.getMessage().contains("'c1'") && e.getMessage().contains("condition"), e.getMessage());
    }

    @Test
    void aPlanForOtherBitsOrAnotherCoreOrANonDotLayerIsRefused() {
        QuantizedNetwork q = ops(4, 4);
        PackingPlan eightBit = PackingPlanner.plan(8, 8, ActivationType.UNSIGNED, Core.CORTEX_M4);
        assertTrue(assertThrows(CodeGenerationException.class, () -> KernelSelection.select(q, Core.CORTEX_M4,
                GenerationOptions.defaults().withPlan("c1", eightBit))).getMessage().contains("does not match"));
        PackingPlan smlad = PackingPlanner.candidates(4, 4, ActivationType.UNSIGNED, Core.CORTEX_M4).stream()
                .filter(p -> p.kind() == MultiplyKind.SMLAD).findFirst().orElseThrow();
        assertTrue(assertThrows(CodeGenerationException.class, () -> KernelSelection.select(q, Core.CORTEX_M3,
                GenerationOptions.defaults().withPlan("c1", smlad))).getMessage().contains("does not match"));
        PackingPlan m3Smlad = new PackingPlan(4, 4, Core.CORTEX_M3, MultiplyKind.SMLAD, 4, smlad.fieldSpacing(), 1,
                smlad.extraction(), smlad.signHandling(), ActivationType.UNSIGNED);
        assertTrue(assertThrows(CodeGenerationException.class, () -> KernelSelection.select(q, Core.CORTEX_M3,
                GenerationOptions.defaults().withPlan("c1", m3Smlad))).getMessage().contains("DSP extension"));
        assertTrue(assertThrows(CodeGenerationException.class, () -> KernelSelection.select(q, Core.CORTEX_M4,
                GenerationOptions.defaults().withPlan("dw", eightBit))).getMessage().contains("conv or dense"));
    }

    @Test
    void dotProductsLongerThanTheAccumulatorProofFallBackToPlainOrAreRefused() {
        int inputs = 66_000;
        Random random = new Random(4);
        Network wide = new Network("wide", List.of(new InputLayer("in", Shape.vector(inputs)),
                new Dense("fc", "in", 2, TestNetworks.between(random, 2 * inputs, 0.5, 1), new float[2],
                        Activation.NONE)));
        QuantizedNetwork q = Quantizer.quantize(wide, QuantizationSpec.uniform(8, 8),
                TestNetworks.inputs(random, 2, Shape.vector(inputs), 0, 1));
        PackingPlan plan = PackingPlanner.plan(8, 8, ActivationType.UNSIGNED, Core.CORTEX_M4);
        assertTrue(plan.encoding().maxDotProductLength() < inputs, "the test needs a longer dot product");
        LayerKernel fallback = KernelSelection.select(q, Core.CORTEX_M4, GenerationOptions.defaults()).kernel("fc");
        assertEquals(KernelKind.DOT_PLAIN, fallback.kind());
        assertTrue(fallback.note().contains("66000"), fallback.note());
        CodeGenerationException e = assertThrows(CodeGenerationException.class, () -> KernelSelection.select(q,
                Core.CORTEX_M4, GenerationOptions.defaults().withPlan("fc", plan)));
        assertTrue(e.getMessage().contains("66000") && e.getMessage().contains("refused"), e.getMessage());
    }

    static QuantizedNetwork ops(int w, int a) {
        return Quantizer.quantize(OpsNetwork.build(w * 10 + a),
                QuantizationSpec.uniform(w, a).withInputSigned(false),
                TestNetworks.inputs(new Random(w), 3, OpsNetwork.INPUT, 0, 1));
    }
}
