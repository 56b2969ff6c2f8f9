package org.mcuq.rlquant.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;

class ObservationSpaceTest {

    /** 8x8x3 -> conv 3x3/1 (8) -> depthwise 3x3/2 -> global average pool -> dense 10 -> softmax. */
    static Network smallNetwork() {
        return new Network("small", List.of(new InputLayer("in", new Shape(8, 8, 3)),
                new Conv2D("conv", "in", 3, 3, 1, 1, Padding.SAME, 8, new float[3 * 3 * 3 * 8], null,
                        Activation.RELU),
                new DepthwiseConv2D("dw", "conv", 3, 3, 2, 2, Padding.SAME, new float[3 * 3 * 8], null,
                        Activation.RELU),
                new GlobalAvgPool("gap", "dw"),
                new Dense("fc", "gap", 10, new float[8 * 10], null, Activation.NONE),
                new Softmax("prob", "fc")));
    }

    @Test
    void describesTheQuantizableLayersOfANetwork() {
        List<QuantizableLayer> layers = QuantizableLayer.of(smallNetwork());

        assertEquals(List.of(new QuantizableLayer("conv", 0, false, 3, 8, 1, 3, 216, 64),
                new QuantizableLayer("dw", 1, true, 8, 8, 2, 3, 72, 64),
                new QuantizableLayer("fc", 2, false, 8, 10, 1, 1, 80, 1)), layers);
    }

    @Test
    void normalisesEachStaticFeatureAcrossLayers() {
        ObservationSpace space = ObservationSpace.of(smallNetwork());

        // depthwise, in, out, stride, kernel, weights, area, index, previous action, activation step
        assertArrayEquals(new double[] {0, 0, 0, 0, 1, 1, 1, 0, 0, 0}, space.observe(0, 0).features(), 1e-12);
        assertArrayEquals(new double[] {1, 1, 0, 1, 1, 0, 1, 0.5, 0.25, 1}, space.observe(3, 0.25).features(),
                1e-12);
        assertArrayEquals(new double[] {0, 1, 1, 0, 0, 8.0 / 144, 0, 1, 0.75, 0}, space.observe(4, 0.75).features(),
                1e-12);
    }

    @Test
    void walksTwoStepsPerLayerWeightsFirst() {
        ObservationSpace space = ObservationSpace.of(smallNetwork());

        assertEquals(6, space.steps());
        assertEquals(List.of("conv", "conv", "dw", "dw", "fc", "fc"),
                List.of(0, 1, 2, 3, 4, 5).stream().map(s -> space.observe(s, 0).layerName()).toList());
        assertEquals(StepKind.WEIGHT, space.kindAt(4));
        assertEquals(StepKind.ACTIVATION, space.kindAt(5));
    }

    @Test
    void featureThatIsTheSameForEveryLayerIsZero() {
        ObservationSpace space = new ObservationSpace(List.of(new QuantizableLayer("a", 0, false, 4, 4, 1, 3, 144, 9),
                new QuantizableLayer("b", 1, false, 4, 8, 1, 3, 288, 9)));

        LayerObservation second = space.observe(2, 0);
        assertEquals(0, second.value(ObservationFeature.IN_CHANNELS));
        assertEquals(0, second.value(ObservationFeature.KERNEL_SIZE));
        assertEquals(1, second.value(ObservationFeature.OUT_CHANNELS));
    }

    @Test
    void rejectsNetworksWithoutQuantizableLayersAndBadSteps() {
        Network plain = new Network("plain", List.of(new InputLayer("in", new Shape(2, 2, 1)),
                new Flatten("flat", "in"), new Softmax("prob", "flat")));
        ObservationSpace space = ObservationSpace.of(smallNetwork());

        var noLayers = assertThrows(IllegalArgumentException.class, () -> ObservationSpace.of(plain));
        assertTrue(noLayers.getMessage().contains("'plain'"), noLayers.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> space.observe(6, 0));
        assertThrows(IllegalArgumentException.class, () -> space.observe(1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new ObservationSpace(List.of(
                new QuantizableLayer("a", 0, false, 1, 1, 1, 1, 1, 1),
                new QuantizableLayer("a", 1, false, 1, 1, 1, 1, 1, 1))));
    }
}
