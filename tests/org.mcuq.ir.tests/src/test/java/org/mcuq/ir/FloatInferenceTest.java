package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcuq.ir.Fixtures.input;
import static org.mcuq.ir.Fixtures.network;
import static org.mcuq.ir.Fixtures.ramp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each op on tiny inputs whose outputs were worked out by hand (see the comments). */
class FloatInferenceTest {

    private static final float EPS = 1e-6f;

    private static float[] ones(int n) {
        float[] values = new float[n];
        Arrays.fill(values, 1f);
        return values;
    }

    @Test
    void convSameStrideTwoPadsOnlyBottomAndRight() {
        // input 4x4x1 = 1..16 row-major; 3x3 ones kernel, stride 2, SAME: out 2x2, pad 0 top/left, 1 bottom/right
        //  1  2  3  4
        //  5  6  7  8
        //  9 10 11 12
        // 13 14 15 16
        // (0,0) rows 0-2 cols 0-2 = 54; (0,1) rows 0-2 cols 2-3 = 45; (1,0) rows 2-3 cols 0-2 = 72;
        // (1,1) rows 2-3 cols 2-3 = 54; plus bias 0.5
        Conv2D c = new Conv2D("c", "in", 3, 3, 2, 2, Padding.SAME, 1, ones(9), new float[] {0.5f}, Activation.NONE);
        assertArrayEquals(new float[] {54.5f, 45.5f, 72.5f, 54.5f}, FloatInference.run(network(input(4, 4, 1), c),
                ramp(16)), EPS);
    }

    @Test
    void convUsesHwioWeightLayout() {
        // input 2x2x2: pixel (0,0)=[1,2] (0,1)=[3,4] (1,0)=[5,6] (1,1)=[7,8]; 2x2 VALID kernel, 2 in, 2 out.
        // weight index ((ky*2+kx)*2+ic)*2+oc. out0 = 1*x(0,1,c0) = 3; out1 = 2*x(0,0,c0) + 1*x(1,0,c1) = 2+6 = 8
        float[] w = new float[16];
        w[4] = 1; // ky0 kx1 ic0 oc0
        w[1] = 2; // ky0 kx0 ic0 oc1
        w[11] = 1; // ky1 kx0 ic1 oc1
        Conv2D c = new Conv2D("c", "in", 2, 2, 1, 1, Padding.VALID, 2, w, null, Activation.NONE);
        assertArrayEquals(new float[] {3, 8}, FloatInference.run(network(input(2, 2, 2), c), ramp(8)), EPS);
    }

    @Test
    void convSameStrideOnePadsSymmetrically() {
        // 3x3x1 = 1..9, 3x3 kernel with a single 1 at the top-left tap: out(y,x) = in(y-1,x-1), zero outside
        float[] w = new float[9];
        w[0] = 1;
        Conv2D c = new Conv2D("c", "in", 3, 3, 1, 1, Padding.SAME, 1, w, null, Activation.NONE);
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 2, 0, 4, 5}, FloatInference.run(network(input(3, 3, 1), c),
                ramp(9)), EPS);
    }

    @Test
    void convFusedRelu6Clamps() {
        // 1x1 conv, weight -3, bias 10 on x = 1..4: [7, 4, 1, -2]; fused ReLU6 -> [6, 4, 1, 0]
        Conv2D c = new Conv2D("c", "in", 1, 1, 1, 1, Padding.VALID, 1, new float[] {-3}, new float[] {10},
                Activation.RELU6);
        assertArrayEquals(new float[] {6, 4, 1, 0}, FloatInference.run(network(input(2, 2, 1), c), ramp(4)), EPS);
    }

    @Test
    void depthwiseConvolvesEachChannelSeparately() {
        // input 3x3x2: channel 0 = 1..9, channel 1 = 10 * channel 0; 2x2 VALID.
        // channel 0 kernel all ones: window sums 12, 16, 24, 28.
        // channel 1 kernel only top-left, bias 0.5: 10.5, 20.5, 40.5, 50.5
        float[] x = new float[18];
        for (int p = 0; p < 9; p++) {
            x[2 * p] = p + 1;
            x[2 * p + 1] = 10 * (p + 1);
        }
        float[] w = {1, 1, 1, 0, 1, 0, 1, 0}; // [ky][kx][c]
        DepthwiseConv2D d = new DepthwiseConv2D("d", "in", 2, 2, 1, 1, Padding.VALID, w, new float[] {0, 0.5f},
                Activation.NONE);
        assertArrayEquals(new float[] {12, 10.5f, 16, 20.5f, 24, 40.5f, 28, 50.5f},
                FloatInference.run(network(input(3, 3, 2), d), x), EPS);
    }

    @Test
    void depthwiseSameStrideTwo() {
        // 4x4x1 = 1..16, 3x3 ones, stride 2, SAME: same windows as the conv case, no bias
        DepthwiseConv2D d = new DepthwiseConv2D("d", "in", 3, 3, 2, 2, Padding.SAME, ones(9), null,
                Activation.NONE);
        assertArrayEquals(new float[] {54, 45, 72, 54}, FloatInference.run(network(input(4, 4, 1), d), ramp(16)),
                EPS);
    }

    @Test
    void denseWithAndWithoutRelu() {
        // x = [1,2,3], W = [[1,0],[0,1],[1,-1]], b = [0.5,-0.5]: y = [1+3+0.5, 2-3-0.5] = [4.5, -1.5]
        float[] w = {1, 0, 0, 1, 1, -1};
        float[] b = {0.5f, -0.5f};
        Dense plain = new Dense("d", "in", 2, w, b, Activation.NONE);
        Dense relu = plain.withActivation(Activation.RELU);
        assertArrayEquals(new float[] {4.5f, -1.5f}, FloatInference.run(network(input(1, 1, 3), plain), ramp(3)),
                EPS);
        assertArrayEquals(new float[] {4.5f, 0}, FloatInference.run(network(input(1, 1, 3), relu), ramp(3)), EPS);
    }

    @Test
    void maxPoolSameIgnoresPadding() {
        // 3x3x1 = 1..9 with shifted negatives so padding zeros would win: x - 10 = -9..-1.
        // 2x2 stride 2 SAME: out 2x2, pad 1 bottom/right. maxima: (0,0) -5, (0,1) -4, (1,0) -2, (1,1) -1
        float[] x = ramp(9);
        for (int i = 0; i < x.length; i++) {
            x[i] -= 10;
        }
        Pool p = new Pool("p", OpType.MAX_POOL, "in", 2, 2, 2, 2, Padding.SAME);
        assertArrayEquals(new float[] {-5, -4, -2, -1}, FloatInference.run(network(input(3, 3, 1), p), x), EPS);
    }

    @Test
    void avgPoolSameDividesByValidElements() {
        // 3x3x1 = 1..9, 2x2 stride 2 SAME: (1+2+4+5)/4 = 3, (3+6)/2 = 4.5, (7+8)/2 = 7.5, 9/1 = 9
        Pool p = new Pool("p", OpType.AVG_POOL, "in", 2, 2, 2, 2, Padding.SAME);
        assertArrayEquals(new float[] {3, 4.5f, 7.5f, 9}, FloatInference.run(network(input(3, 3, 1), p), ramp(9)),
                EPS);
    }

    @Test
    void avgPoolValidPerChannel() {
        // 2x3x2: channel 0 = 1,3,5 / 7,9,11, channel 1 = 2,4,6 / 8,10,12; 2x2 stride 1 VALID -> 1x2x2
        // ch0: (1+3+7+9)/4 = 5, (3+5+9+11)/4 = 7; ch1: 6, 8
        Pool p = new Pool("p", OpType.AVG_POOL, "in", 2, 2, 1, 1, Padding.VALID);
        assertArrayEquals(new float[] {5, 6, 7, 8}, FloatInference.run(network(input(2, 3, 2), p), ramp(12)), EPS);
    }

    @Test
    void globalAvgPool() {
        // 2x2x2: channel 0 = 1,3,5,7 -> 4; channel 1 = 2,4,6,8 -> 5
        assertArrayEquals(new float[] {4, 5}, FloatInference.run(network(input(2, 2, 2),
                new GlobalAvgPool("g", "in")), ramp(8)), EPS);
    }

    @Test
    void addSumsInputsThenActivates() {
        // relu(x) + relu6(x) + x for x = [-1, 2, 8]: [0-0-1, 2+2+2, 8+6+8] = [-1, 6, 22]; fused ReLU -> [0, 6, 22]
        Network net = network(input(1, 1, 3), new Relu("r", "in"), new Relu6("r6", "in"),
                new Add("sum", List.of("r", "r6", "in"), Activation.RELU));
        assertArrayEquals(new float[] {0, 6, 22}, FloatInference.run(net, new float[] {-1, 2, 8}), EPS);
    }

    @Test
    void reluAndRelu6() {
        float[] x = {-1, 3, 7, 6};
        assertArrayEquals(new float[] {0, 3, 7, 6}, FloatInference.run(network(input(1, 1, 4), new Relu("r", "in")),
                x), EPS);
        assertArrayEquals(new float[] {0, 3, 6, 6}, FloatInference.run(network(input(1, 1, 4),
                new Relu6("r", "in")), x), EPS);
    }

    @Test
    void zeroPaddingPlacesInputInsideZeros() {
        // 1x2x2 [[1,2],[3,4]] padded top 1, bottom 0, left 0, right 1 -> 2x3x2
        ZeroPadding z = new ZeroPadding("z", "in", 1, 0, 0, 1);
        assertArrayEquals(new float[] {0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0, 0},
                FloatInference.run(network(input(1, 2, 2), z), ramp(4)), EPS);
    }

    @Test
    void softmaxOverChannelsAtEachPosition() {
        // [0, ln2, ln3] -> [1, 2, 3] / 6; second position [1000, 1000, 1000] -> 1/3 each (no overflow)
        float ln2 = (float) Math.log(2);
        float ln3 = (float) Math.log(3);
        float[] y = FloatInference.run(network(input(1, 2, 3), new Softmax("s", "in")),
                new float[] {0, ln2, ln3, 1000, 1000, 1000});
        assertArrayEquals(new float[] {1 / 6f, 2 / 6f, 3 / 6f, 1 / 3f, 1 / 3f, 1 / 3f}, y, EPS);
    }

    @Test
    void batchNormNormalisesPerChannel() {
        // gamma [2,1], beta [0.5,0], mean [1,0], variance [3,3], eps 1 -> divide by 2
        // position 0 x=[1,2]: [2*0/2+0.5, 2/2] = [0.5, 1]; position 1 x=[5,-2]: [2*4/2+0.5, -2/2] = [4.5, -1]
        BatchNorm bn = new BatchNorm("bn", "in", new float[] {2, 1}, new float[] {0.5f, 0}, new float[] {1, 0},
                new float[] {3, 3}, 1f);
        assertArrayEquals(new float[] {0.5f, 1, 4.5f, -1}, FloatInference.run(network(input(1, 2, 2), bn),
                new float[] {1, 2, 5, -2}), EPS);
    }

    @Test
    void flattenThenDenseReadsHwcOrder() {
        // 2x1x2 input [1,2,3,4] flattened keeps order; dense picks element 2 (value 3) and element 1 (value 2)
        float[] w = new float[8];
        w[2 * 2] = 1; // input 2 -> unit 0
        w[1 * 2 + 1] = 1; // input 1 -> unit 1
        Network net = network(input(2, 1, 2), new Flatten("f", "in"), new Dense("d", "f", 2, w, null,
                Activation.NONE));
        assertArrayEquals(new float[] {3, 2}, FloatInference.run(net, ramp(4)), EPS);
    }

    @Test
    void reshapeKeepsData() {
        Network net = network(input(2, 2, 2), new Reshape("r", "in", new Shape(1, 4, 2)));
        assertArrayEquals(ramp(8), FloatInference.run(net, ramp(8)), EPS);
    }

    @Test
    void runAllReturnsEveryLayerInOrder() {
        Network net = network(input(1, 1, 2), new Relu("r", "in"), new Relu6("r6", "r"));
        Map<String, float[]> all = FloatInference.runAll(net, new float[] {-1, 9});
        assertEquals(List.of("in", "r", "r6"), List.copyOf(all.keySet()));
        assertArrayEquals(new float[] {-1, 9}, all.get("in"), EPS);
        assertArrayEquals(new float[] {0, 9}, all.get("r"), EPS);
        assertArrayEquals(new float[] {0, 6}, all.get("r6"), EPS);
    }

    @Test
    void inputIsNotModified() {
        float[] x = {-1, 9};
        FloatInference.run(network(input(1, 1, 2), new Relu("r", "in")), x);
        assertArrayEquals(new float[] {-1, 9}, x, 0f);
    }

    @Test
    void wrongInputSizeIsRejected() {
        Network net = network(input(2, 2, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FloatInference.run(net, new float[5]));
        assertTrue(e.getMessage().contains("2x2x3") && e.getMessage().contains("5"), e.getMessage());
    }
}
