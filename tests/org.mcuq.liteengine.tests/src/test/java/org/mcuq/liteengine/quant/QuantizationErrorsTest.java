package org.mcuq.liteengine.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Dense;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;

class QuantizationErrorsTest {

    private static final Shape INPUT = new Shape(10, 10, 2);

    private static List<float[]> images() {
        return TestNetworks.inputs(new Random(1), 2, INPUT, 0, 1);
    }

    private static QuantizationException quantizeFails(Network net, QuantizationSpec spec, List<float[]> inputs) {
        return assertThrows(QuantizationException.class, () -> Quantizer.quantize(net, spec, inputs));
    }

    @Test
    void rejectsBitsForAnUnknownLayer() {
        QuantizationException e = quantizeFails(TestNetworks.mixed(1),
                QuantizationSpec.uniform(8, 8).withLayerBits("conv9", new LayerBits(4, 4)), images());
        assertEquals("conv9", e.layerName());
        assertTrue(e.getMessage().contains("no layer of that name") && e.getMessage().contains("c1"),
                e.getMessage());
    }

    @Test
    void rejectsBitsForALayerWithoutWeights() {
        QuantizationException e = quantizeFails(TestNetworks.mixed(1),
                QuantizationSpec.uniform(8, 8).withLayerBits("mp", new LayerBits(4, 4)), images());
        assertEquals("mp", e.layerName());
    }

    @Test
    void rejectsAnActivationStepForALayerThatKeepsItsInputsStep() {
        QuantizationException e = quantizeFails(TestNetworks.mixed(1),
                QuantizationSpec.uniform(8, 8).withActivationStep("gap", 0.1f), images());
        assertEquals("gap", e.layerName());
        assertTrue(e.getMessage().contains("keep their input's step"), e.getMessage());
    }

    @Test
    void rejectsWeightStepsOfTheWrongCount() {
        QuantizationException e = quantizeFails(TestNetworks.mixed(1),
                QuantizationSpec.uniform(8, 8).withWeightSteps("c1", new float[] {0.1f, 0.1f}), images());
        assertEquals("c1", e.layerName());
        assertTrue(e.getMessage().contains("6 output channels"), e.getMessage());
    }

    @Test
    void rejectsAPerLayerSpecThatMissesALayer() {
        QuantizationSpec spec = QuantizationSpec.perLayer(Map.of("c1", new LayerBits(8, 8), "dw",
                new LayerBits(8, 8), "c2", new LayerBits(8, 8), "bn", new LayerBits(8, 8)));
        assertEquals("fc", quantizeFails(TestNetworks.mixed(1), spec, images()).layerName());
    }

    @Test
    void needsCalibrationInputsForMissingSteps() {
        QuantizationException e = quantizeFails(TestNetworks.mixed(1),
                QuantizationSpec.uniform(8, 8).withInputSigned(false), List.of());
        assertTrue(e.getMessage().contains("No calibration inputs"), e.getMessage());
        e = quantizeFails(TestNetworks.mixed(1), QuantizationSpec.uniform(8, 8), List.of());
        assertTrue(e.getMessage().contains("withInputSigned"), e.getMessage());
    }

    @Test
    void rejectsAnAccumulatorThatCouldOverflowInt32() {
        int n = 70_000; // 70000 * 127 * 255 > 2^31 - 1
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        Network net = TestNetworks.network(new InputLayer("in", Shape.vector(n)),
                new Dense("wide", "in", 1, ones, null, Activation.NONE));
        QuantizationException e = quantizeFails(net, QuantizationSpec.uniform(8, 8), List.of(ones));
        assertEquals("wide", e.layerName());
        assertTrue(e.getMessage().contains("2^31 - 1"), e.getMessage());
    }

    @Test
    void saturatesABiasToTheAccumulatorHeadroom() {
        Network net = TestNetworks.network(new InputLayer("in", Shape.vector(2)),
                new Dense("d", "in", 1, new float[] {1f, -1f}, new float[] {3e9f}, Activation.NONE));
        QuantizationSpec spec = QuantizationSpec.uniform(8, 8).withInputSigned(false)
                .withActivationStep("in", 1f).withActivationStep("d", 1e7f).withWeightSteps("d", new float[] {1f});
        QuantizedWeightedLayer d = (QuantizedWeightedLayer) Quantizer.quantize(net, spec, List.of()).layer("d");
        assertEquals(Integer.MAX_VALUE - 2 * 255, d.bias()[0]); // |w| = 1 + 1, max input 255
    }

    @Test
    void rejectsAnUnrepresentableRequantizationFactor() {
        Network net = TestNetworks.network(new InputLayer("in", Shape.vector(2)),
                new Dense("d", "in", 1, new float[] {1f, -1f}, null, Activation.NONE));
        QuantizationSpec spec = QuantizationSpec.uniform(8, 8).withInputSigned(false)
                .withActivationStep("in", 1f).withActivationStep("d", 1e-12f).withWeightSteps("d", new float[] {1f});
        QuantizationException e = quantizeFails(net, spec, List.of());
        assertEquals("d", e.layerName());
        assertTrue(e.getMessage().contains("output step"), e.getMessage());
    }

    @Test
    void specRejectsBadValuesImmediately() {
        assertThrows(IllegalArgumentException.class, () -> new LayerBits(0, 8));
        assertThrows(IllegalArgumentException.class, () -> new LayerBits(8, 9));
        QuantizationSpec spec = QuantizationSpec.uniform(8, 8);
        assertThrows(IllegalArgumentException.class, () -> spec.withActivationStep("x", -1f));
        assertThrows(IllegalArgumentException.class, () -> spec.withWeightSteps("x", new float[] {1f, 0f}));
        assertThrows(IllegalArgumentException.class, () -> spec.withLayerBits(" ", new LayerBits(8, 8)));
    }
}
