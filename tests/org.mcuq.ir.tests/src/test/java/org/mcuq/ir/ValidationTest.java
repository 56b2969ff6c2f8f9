package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mcuq.ir.Fixtures.conv;
import static org.mcuq.ir.Fixtures.input;
import static org.mcuq.ir.Fixtures.network;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValidationTest {

    /** Asserts that building fails with a message naming {@code layer} and containing every hint. */
    private static void assertRejected(Executable build, String layer, String... hints) {
        NetworkValidationException e = assertThrows(NetworkValidationException.class, build);
        assertTrue(e.getMessage().contains("'" + layer + "'"), () -> "layer not named: " + e.getMessage());
        for (String hint : hints) {
            assertTrue(e.getMessage().contains(hint), () -> "'" + hint + "' missing from: " + e.getMessage());
        }
    }

    @Test
    void duplicateNames() {
        assertRejected(() -> network(input(2, 2, 1), new Relu("r", "in"), new Relu("r", "in")), "r", "unique");
    }

    @Test
    void missingInput() {
        assertRejected(() -> network(input(2, 2, 1), new Relu("r", "nowhere")), "r", "'nowhere'");
    }

    @Test
    void cycle() {
        assertRejected(() -> network(input(2, 2, 1), new Add("a", List.of("in", "b"), Activation.NONE),
                new Relu("b", "a"), new Relu("out", "b")), "a", "cycle");
    }

    @Test
    void selfLoop() {
        assertRejected(() -> network(input(2, 2, 1), new Add("a", List.of("in", "a"), Activation.NONE)), "a",
                "cycle");
    }

    @Test
    void twoInputLayers() {
        assertRejected(() -> network(input(2, 2, 1), new InputLayer("in2", new Shape(2, 2, 1)),
                new Add("a", List.of("in", "in2"), Activation.NONE)), "in2", "exactly one input");
    }

    @Test
    void danglingBranchMakesTwoOutputs() {
        assertRejected(() -> network(input(2, 2, 1), new Relu("used", "in"), new Relu("dangling", "in")),
                "dangling", "exactly one output");
    }

    @Test
    void convWeightsDoNotMatchInputChannels() {
        // built for 3 input channels, fed 4
        assertRejected(() -> network(input(8, 8, 4), conv("c", "in", 3, 1, Padding.SAME, 3, 16)), "c",
                "weights", String.valueOf(3 * 3 * 4 * 16), "4 input channels");
    }

    @Test
    void convBiasLength() {
        assertRejected(() -> new Conv2D("c", "in", 1, 1, 1, 1, Padding.SAME, 4, new float[4], new float[3],
                Activation.NONE), "c", "bias", "4");
    }

    @Test
    void nonPositiveKernelOrStride() {
        assertRejected(() -> new Conv2D("k0", "in", 0, 3, 1, 1, Padding.SAME, 4, new float[0], null,
                Activation.NONE), "k0", "kernel");
        assertRejected(() -> new Pool("s0", OpType.MAX_POOL, "in", 2, 2, 0, 2, Padding.VALID), "s0", "stride");
    }

    @Test
    void depthwiseWeights() {
        DepthwiseConv2D d = new DepthwiseConv2D("dw", "in", 3, 3, 1, 1, Padding.SAME, new float[9 * 4], null,
                Activation.NONE);
        assertRejected(() -> network(input(5, 5, 8), d), "dw", "weights", "8 channels");
    }

    @Test
    void denseWeights() {
        Dense d = new Dense("fc", "in", 10, new float[100], null, Activation.NONE);
        assertRejected(() -> network(input(1, 1, 64), d), "fc", "640");
    }

    @Test
    void denseOnSpatialInputAsksForFlatten() {
        Dense d = new Dense("fc", "in", 10, new float[128 * 10], null, Activation.NONE);
        assertRejected(() -> network(input(4, 4, 8), d), "fc", "4x4x8", "Flatten");
    }

    @Test
    void addShapesMustMatch() {
        assertRejected(() -> network(input(4, 4, 2), new Pool("p", OpType.MAX_POOL, "in", 2, 2, 2, 2,
                Padding.VALID), new Add("sum", List.of("in", "p"), Activation.NONE)), "sum", "4x4x2", "2x2x2");
    }

    @Test
    void addNeedsTwoInputs() {
        assertRejected(() -> new Add("lonely", List.of("in"), Activation.NONE), "lonely", "two inputs");
    }

    @Test
    void softmaxOnlyLast() {
        assertRejected(() -> network(input(1, 1, 4), new Softmax("sm", "in"), new Relu("r", "sm")), "sm",
                "last layer");
    }

    @Test
    void validWindowLargerThanInput() {
        assertRejected(() -> network(input(2, 2, 1), new Pool("p", OpType.AVG_POOL, "in", 3, 3, 1, 1,
                Padding.VALID)), "p", "does not fit", "SAME");
    }

    @Test
    void reshapeElementCount() {
        assertRejected(() -> network(input(2, 2, 3), new Reshape("rs", "in", new Shape(1, 1, 10))), "rs", "12",
                "10");
    }

    @Test
    void batchNormChannels() {
        float[] c = new float[3];
        assertRejected(() -> network(input(2, 2, 4), new BatchNorm("bn", "in", c, c, c, c, 1e-3f)), "bn",
                "3 channels");
    }

    @Test
    void batchNormParameterLengths() {
        assertRejected(() -> new BatchNorm("bn", "in", new float[3], new float[3], new float[2], new float[3], 0f),
                "bn", "moving mean");
    }

    @Test
    void poolOpMustBeAPoolingOp() {
        assertRejected(() -> new Pool("p", OpType.CONV2D, "in", 2, 2, 2, 2, Padding.VALID), "p", "MAX_POOL");
    }

    @Test
    void negativePadding() {
        assertRejected(() -> new ZeroPadding("z", "in", 0, -1, 0, 0), "z", "negative");
    }

    @Test
    void exceptionKnowsTheLayer() {
        NetworkValidationException e = assertThrows(NetworkValidationException.class,
                () -> network(input(2, 2, 1), new Relu("r", "missing")));
        assertEquals("r", e.layerName());
    }

    @Test
    void unknownLayerLookup() {
        Network net = network(input(2, 2, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> net.shapeOf("nope"));
        assertTrue(e.getMessage().contains("'nope'"));
    }
}
