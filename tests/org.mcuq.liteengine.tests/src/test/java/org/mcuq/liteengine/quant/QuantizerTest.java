package org.mcuq.liteengine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;

class QuantizerTest {

    private static final Shape INPUT = new Shape(8, 8, 1);

    /** in -> c1 (ReLU) -> p (max pool) -> c2 (none) -> add(p, c2) -> gap -> d -> softmax. */
    private static Network branchy(long seed) {
        Random r = new Random(seed);
        return TestNetworks.network(new InputLayer("in", INPUT),
                new Conv2D("c1", "in", 3, 3, 1, 1, Padding.SAME, 4, TestNetworks.weights(r, 36, 9),
                        TestNetworks.between(r, 4, -.1, .1), Activation.RELU),
                new Pool("p", OpType.MAX_POOL, "c1", 2, 2, 2, 2, Padding.VALID),
                new Conv2D("c2", "p", 3, 3, 1, 1, Padding.SAME, 4, TestNetworks.weights(r, 144, 36),
                        TestNetworks.between(r, 4, -.1, .1), Activation.NONE),
                new Add("add", List.of("p", "c2"), Activation.NONE),
                new GlobalAvgPool("gap", "add"),
                new Dense("d", "gap", 3, TestNetworks.weights(r, 12, 4), new float[3], Activation.NONE),
                new Softmax("softmax", "d"));
    }

    private static List<float[]> images(int count) {
        return TestNetworks.inputs(new Random(99), count, INPUT, 0, 1);
    }

    private static QuantizationSpec mixedBits() {
        return QuantizationSpec.uniform(8, 8).withLayerBits("c1", new LayerBits(2, 3))
                .withLayerBits("c2", new LayerBits(4, 5)).withLayerBits("d", new LayerBits(6, 7));
    }

    @Test
    void choosesBitsAndSignednessOfEveryTensor() {
        QuantizedNetwork q = Quantizer.quantize(branchy(1), mixedBits(), images(8));
        assertFormat(q, "in", 3, false); // first layer's activation bits, non-negative data
        assertFormat(q, "c1", 3, false); // fused ReLU
        assertFormat(q, "p", 3, false);
        assertFormat(q, "c2", 5, true);
        assertFormat(q, "add", 5, true); // widest input; a signed input
        assertFormat(q, "gap", 5, true);
        assertFormat(q, "d", 7, true);
        assertFormat(q, "softmax", 7, true);
    }

    private static void assertFormat(QuantizedNetwork q, String layer, int bits, boolean signed) {
        assertEquals(bits, q.tensor(layer).bits(), layer);
        assertEquals(signed, q.tensor(layer).signed(), layer);
    }

    @Test
    void layersWithoutStepsKeepTheirInputsStep() {
        QuantizedNetwork q = Quantizer.quantize(branchy(1), mixedBits(), images(8));
        assertEquals(q.tensor("c1").step(), q.tensor("p").step());
        assertEquals(q.tensor("add").step(), q.tensor("gap").step());
        assertEquals(q.tensor("d").step(), q.tensor("softmax").step());
        assertInstanceOf(QuantizedPassThrough.class, q.layer("p"));
        assertInstanceOf(QuantizedScaledSum.class, q.layer("add"));
    }

    @Test
    void integerWeightsStayInTheirRange() {
        QuantizedNetwork q = Quantizer.quantize(branchy(1), mixedBits(), images(8));
        assertWeightsWithin(q, "c1", -2, 1);
        assertWeightsWithin(q, "c2", -8, 7);
        assertWeightsWithin(q, "d", -32, 31);
    }

    private static void assertWeightsWithin(QuantizedNetwork q, String layer, int min, int max) {
        QuantizedWeightedLayer w = (QuantizedWeightedLayer) q.layer(layer);
        for (byte v : w.weights()) {
            assertTrue(v >= min && v <= max, layer + " weight " + v);
        }
    }

    @Test
    void maxCalibrationSpreadsTheLargestValueOverAllLevels() {
        Network net = branchy(2);
        List<float[]> images = images(8);
        QuantizedNetwork q = Quantizer.quantize(net, mixedBits().withCalibration(CalibrationMethod.MAX), images);
        assertEquals((float) (largest(net, images, "c1") / 7), q.tensor("c1").step(), 1e-6f); // uint3
        assertEquals((float) (largest(net, images, "c2") / 15), q.tensor("c2").step(), 1e-6f); // int5
        assertEquals((float) (largest(net, images, "in") / 7), q.tensor("in").step(), 1e-6f);
    }

    @Test
    void mseCalibrationClipsInsideTheNetworkButNotAtItsOutput() {
        Network net = branchy(2);
        List<float[]> images = images(8);
        QuantizedNetwork max = Quantizer.quantize(net, mixedBits().withCalibration(CalibrationMethod.MAX), images);
        QuantizedNetwork mse = Quantizer.quantize(net, mixedBits(), images);
        assertTrue(mse.tensor("c1").step() < max.tensor("c1").step());
        assertEquals((float) (largest(net, images, "d") / 63), mse.tensor("d").step(), 1e-6f);
    }

    private static double largest(Network net, List<float[]> inputs, String layer) {
        double max = 0;
        for (float[] input : inputs) {
            for (float v : FloatInference.runAll(net, input).get(layer)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    @Test
    void usesLearnedStepsAsGiven() {
        Network net = branchy(3);
        Conv2D c1 = (Conv2D) net.layer("c1");
        float[] c1Steps = {0.01f, 0.02f, 0.03f, 0.04f};
        QuantizationSpec spec = QuantizationSpec.uniform(8, 8).withInputSigned(false)
                .withActivationStep("in", 1f / 128).withActivationStep("c1", 0.05f)
                .withActivationStep("c2", 0.07f).withActivationStep("add", 0.09f).withActivationStep("d", 0.11f)
                .withWeightSteps("c1", c1Steps);
        QuantizedNetwork q = Quantizer.quantize(net, spec, List.of());
        assertEquals(0.05f, q.tensor("c1").step());
        assertEquals(0.05f, q.tensor("p").step());
        QuantizedWeightedLayer w = (QuantizedWeightedLayer) q.layer("c1");
        for (int c = 0; c < 4; c++) {
            assertEquals(c1Steps[c], w.weightSteps()[c]);
            double accumulatorStep = (double) c1Steps[c] / 128;
            assertEquals(Math.rint(c1.bias()[c] / accumulatorStep), w.bias()[c]);
            assertEquals(accumulatorStep / 0.05f, w.requantizer(c).real(), 1e-9 * accumulatorStep / 0.05f);
        }
        assertEquals(WeightFormat.quantize(c1.weights()[5], c1Steps[1], 8), w.weights()[5]);
    }

    @Test
    void foldsBatchNormsAndFusesActivationsFirst() {
        Random r = new Random(4);
        Network net = TestNetworks.network(new InputLayer("in", new Shape(4, 4, 2)),
                new Conv2D("conv", "in", 3, 3, 1, 1, Padding.SAME, 3, TestNetworks.weights(r, 54, 18), null,
                        Activation.NONE),
                new BatchNorm("bn", "conv", new float[] {1, 2, 3}, new float[3], new float[3], new float[] {1, 1, 1},
                        0f),
                new Relu("relu", "bn"));
        QuantizedNetwork q = Quantizer.quantize(net, QuantizationSpec.uniform(8, 8),
                TestNetworks.inputs(r, 4, new Shape(4, 4, 2), -1, 1));
        assertEquals(List.of("in", "conv"), q.layers().stream().map(QuantizedLayer::name).toList());
        assertFalse(q.tensor("conv").signed());
        assertTrue(q.tensor("in").signed());
    }

    @Test
    void quantizesAnUnfoldedBatchNormAsAnAffineLayer() {
        QuantizedNetwork q = Quantizer.quantize(TestNetworks.mixed(5), QuantizationSpec.uniform(8, 8),
                TestNetworks.inputs(new Random(5), 4, new Shape(10, 10, 2), 0, 1));
        QuantizedWeightedLayer bn = (QuantizedWeightedLayer) q.layer("bn");
        assertInstanceOf(BatchNorm.class, bn.source());
        assertEquals(6, bn.weights().length);
        assertTrue(q.tensor("bn").signed());
        assertFalse(q.tensor("relu").signed());
    }
}
