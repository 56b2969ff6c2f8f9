package org.mcuq.liteengine.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;

/**
 * Every kernel on a tiny case whose steps are chosen (all learned, powers of two) so that the expected integers
 * follow by hand; the arithmetic is worked out in the comments.
 */
class KernelTest {

    /** 8-bit everything, input declared with the given signedness and step 1. */
    private static QuantizationSpec spec(boolean signedInput) {
        return QuantizationSpec.uniform(8, 8).withInputSigned(signedInput).withActivationStep("in", 1f);
    }

    private static Map<String, int[]> run(QuantizationSpec spec, int[] input, Layer... layers) {
        QuantizedNetwork q = Quantizer.quantize(TestNetworks.network(layers), spec, List.of());
        return ReferenceExecutor.runAll(q, input);
    }

    private static final int[] ONE_TO_NINE = {1, 2, 3, 4, 5, 6, 7, 8, 9};

    @Test
    void convolutionRequantizesPerChannelAndRoundsHalvesUp() {
        // HWIO 2x2x1x2: channel 0 weights 1 2 / 3 -4 (step 1), channel 1 all 0.5 (step 0.5 -> integer 1)
        float[] w = {1, .5f, 2, .5f, 3, .5f, -4, .5f};
        Conv2D conv = new Conv2D("conv", "in", 2, 2, 1, 1, Padding.VALID, 2, w, new float[] {0, 1f},
                Activation.NONE);
        QuantizationSpec spec = spec(false).withWeightSteps("conv", new float[] {1f, .5f})
                .withActivationStep("conv", 2f);
        int[] y = run(spec, ONE_TO_NINE, new InputLayer("in", new Shape(3, 3, 1)), conv).get("conv");
        // channel 0, factor 1*1/2: acc -3, -1, 3, 5 -> -1.5, -0.5, 1.5, 2.5 -> -1, 0, 2, 3
        // channel 1, factor 0.5*1/2, bias rint(1 / 0.5) = 2: acc 12+2, 16+2, 24+2, 28+2 -> 3.5, 4.5, 6.5, 7.5
        assertArrayEquals(new int[] {-1, 4, 0, 5, 2, 7, 3, 8}, y);
    }

    @Test
    void depthwiseSamePaddingSkipsPaddedPositionsAndReluClamps() {
        // input 3x3x2: channel 0 is 1..9, channel 1 is 10x that; weights 1 (channel 0) and -1 (channel 1)
        int[] x = new int[18];
        for (int i = 0; i < 9; i++) {
            x[2 * i] = i + 1;
            x[2 * i + 1] = 10 * (i + 1);
        }
        float[] w = new float[18];
        for (int k = 0; k < 9; k++) {
            w[2 * k] = 1;
            w[2 * k + 1] = -1;
        }
        DepthwiseConv2D dw = new DepthwiseConv2D("dw", "in", 3, 3, 2, 2, Padding.SAME, w, null, Activation.RELU);
        QuantizationSpec spec = spec(false).withWeightSteps("dw", new float[] {1f, 1f})
                .withActivationStep("dw", 1f);
        int[] y = run(spec, x, new InputLayer("in", new Shape(3, 3, 2)), dw).get("dw");
        // 2x2 output, pad 1 before: windows cover {1,2,4,5}, {2,3,5,6}, {4,5,7,8}, {5,6,8,9}; channel 1 < 0 -> 0
        assertArrayEquals(new int[] {12, 0, 16, 0, 24, 0, 28, 0}, y);
    }

    @Test
    void denseAddsBiasAndClampsAtRelu6() {
        // IO weights: input 0 -> (1, -1), input 1 -> (2, 1), input 2 -> (3, 0); biases 0.25 and 0
        Dense dense = new Dense("fc", "in", 2, new float[] {1, -1, 2, 1, 3, 0}, new float[] {.25f, 0},
                Activation.RELU6);
        QuantizationSpec spec = QuantizationSpec.uniform(8, 8).withInputSigned(false).withActivationStep("in", .25f)
                .withWeightSteps("fc", new float[] {1f, 1f}).withActivationStep("fc", .5f);
        QuantizedNetwork q = Quantizer.quantize(TestNetworks.network(new InputLayer("in", Shape.vector(3)),
                dense), spec, List.of());
        int[] input = q.quantizeInput(new float[] {1f, 2f, .75f});
        assertArrayEquals(new int[] {4, 8, 3}, input);
        // bias rint(0.25 / 0.25) = 1; acc 4 + 16 + 9 + 1 = 30 and -4 + 8 = 4; factor 0.25 / 0.5
        // -> 15 clamped to round(6 / 0.5) = 12, and 2
        assertArrayEquals(new int[] {12, 2}, ReferenceExecutor.run(q, input));
    }

    private static final int[] SIGNED_3X3 = {-1, -2, 3, 4, -3, 6, -7, 8, -9};

    @Test
    void maxPoolIgnoresSamePadding() {
        Pool pool = new Pool("pool", OpType.MAX_POOL, "in", 2, 2, 2, 2, Padding.SAME);
        int[] y = run(spec(true), SIGNED_3X3, new InputLayer("in", new Shape(3, 3, 1)), pool).get("pool");
        // pad 1 after: windows {-1,-2,4,-3}, {3,6}, {-7,8}, {-9}
        assertArrayEquals(new int[] {4, 6, 8, -9}, y);
    }

    @Test
    void averagePoolDividesByValidCountRoundingHalvesAwayFromZero() {
        Pool pool = new Pool("pool", OpType.AVG_POOL, "in", 2, 2, 2, 2, Padding.SAME);
        int[] y = run(spec(true), SIGNED_3X3, new InputLayer("in", new Shape(3, 3, 1)), pool).get("pool");
        // -2/4 = -0.5 -> -1; 9/2 = 4.5 -> 5; 1/2 = 0.5 -> 1; -9/1
        assertArrayEquals(new int[] {-1, 5, 1, -9}, y);
    }

    @Test
    void globalAveragePoolRoundsPerChannel() {
        int[] x = {1, -1, 2, -2, 3, -3, 5, -4};
        int[] y = run(spec(true), x, new InputLayer("in", new Shape(2, 2, 2)), new GlobalAvgPool("gap", "in"))
                .get("gap");
        // 11/4 = 2.75 -> 3; -10/4 = -2.5 -> -3
        assertArrayEquals(new int[] {3, -3}, y);
    }

    @Test
    void addRescalesBothInputsAndRoundsOnce() {
        int[] x = {-3, -1, 0, 1, 5, 100, -128, 127};
        QuantizationSpec spec = spec(true).withActivationStep("r", .5f).withActivationStep("add", 2f);
        Map<String, int[]> out = run(spec, x, new InputLayer("in", Shape.vector(8)), new Relu("r", "in"),
                new Add("add", List.of("in", "r"), Activation.NONE));
        // r = max(x, 0) at step 0.5: factor 2
        assertArrayEquals(new int[] {0, 0, 0, 2, 10, 200, 0, 254}, out.get("r"));
        // add = x * 1/2 + r * 0.5/2: -1.5, -0.5, 0, 1 (0.5 + 0.5, one rounding), 5, 100, -64, 127
        assertArrayEquals(new int[] {-1, 0, 0, 1, 5, 100, -64, 127}, out.get("add"));
    }

    @Test
    void standAloneRelu6ClampsAtSixOverTheStep() {
        QuantizationSpec spec = QuantizationSpec.uniform(8, 8).withInputSigned(true).withActivationStep("in", .25f)
                .withActivationStep("r6", .25f);
        int[] y = run(spec, new int[] {-4, 10, 30, 127}, new InputLayer("in", Shape.vector(4)),
                new Relu6("r6", "in")).get("r6");
        // clamp at round(6 / 0.25) = 24
        assertArrayEquals(new int[] {0, 10, 24, 24}, y);
    }

    @Test
    void zeroPaddingFlattenAndSoftmaxMoveDataOnly() {
        Map<String, int[]> out = run(spec(true), new int[] {-3, 4}, new InputLayer("in", new Shape(1, 2, 1)),
                new ZeroPadding("pad", "in", 1, 0, 1, 0), new Flatten("flat", "pad"), new Softmax("sm", "flat"));
        assertArrayEquals(new int[] {0, 0, 0, 0, -3, 4}, out.get("pad"));
        assertArrayEquals(out.get("pad"), out.get("sm"));
    }

    @Test
    void unfoldedBatchNormIsAPerChannelAffineOp() {
        // epsilon 0, variance 1: weight = gamma = (2, 1), bias = beta = (1, -1)
        BatchNorm bn = new BatchNorm("bn", "in", new float[] {2, 1}, new float[] {1, -1}, new float[2],
                new float[] {1, 1}, 0f);
        QuantizationSpec spec = spec(false).withWeightSteps("bn", new float[] {1f, 1f}).withActivationStep("bn", 1f);
        int[] y = run(spec, new int[] {100, 0, 3, 5}, new InputLayer("in", new Shape(1, 2, 2)), bn).get("bn");
        // 1 + 2 * 100 = 201 -> 127 (int8); -1 + 0; 1 + 6; -1 + 5
        assertArrayEquals(new int[] {127, -1, 7, 4}, y);
    }

    @Test
    void oneBitWeightsAreMinusOrPlusTheStep() {
        Dense dense = new Dense("fc", "in", 1, new float[] {.3f, -.2f, .9f}, null, Activation.NONE);
        QuantizationSpec spec = QuantizationSpec.uniform(1, 8).withInputSigned(false).withActivationStep("in", 1f)
                .withActivationStep("fc", .5f);
        QuantizedNetwork q = Quantizer.quantize(TestNetworks.network(new InputLayer("in", Shape.vector(3)), dense),
                spec, List.of());
        // calibrated 1-bit step: mean |w| = 0.4667; weights +1 -1 +1; acc 10 - 20 + 30 = 20; 20 * 0.4667 / 0.5
        assertArrayEquals(new int[] {19}, ReferenceExecutor.run(q, new int[] {10, 20, 30}));
    }

    @Test
    void classifiesByTheLargestIntegerOutput() {
        assertEquals(2, ReferenceExecutor.argmax(new int[] {-5, 3, 7, 7, 1}));
        assertEquals(0, ReferenceExecutor.argmax(new int[] {-5}));
    }
}
