package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Imports the MLPerf Tiny ResNet-8 (Keras functional) and checks it against DL4J's own Keras import. */
class Resnet8ImportTest {

    private static final Shape INPUT = new Shape(32, 32, 3);

    private static Network network;
    private static ComputationGraph reference;

    @BeforeAll
    static void importModel() throws Exception {
        network = ModelImporter.load(TestModels.resnet8());
        reference = KerasModelImport.importKerasModelAndWeights(TestModels.resnet8().toString(), false);
    }

    @Test
    void foldsEveryBatchNormAndFusesEveryRelu() {
        Map<OpType, Long> ops = network.layers().stream().collect(Collectors.groupingBy(Layer::op,
                Collectors.counting()));

        assertEquals(INPUT, network.inputLayer().shape());
        assertEquals(Map.of(OpType.INPUT, 1L, OpType.CONV2D, 9L, OpType.ADD, 3L, OpType.AVG_POOL, 1L,
                OpType.FLATTEN, 1L, OpType.DENSE, 1L, OpType.SOFTMAX, 1L), ops);
        for (Layer layer : network.layers()) {
            if (layer instanceof Add add) {
                assertEquals(Activation.RELU, add.activation(), add.name());
            }
        }
        assertEquals(Activation.RELU, ((Conv2D) network.layer("conv2d")).activation());
        assertEquals(Activation.NONE, ((Conv2D) network.layer("conv2d_2")).activation(), "BN before the add only");
    }

    @Test
    void hasTheReferenceMultiplyAccumulateCount() {
        assertEquals(2_359_296L, network.macs("conv2d_1"), "3x3 conv, 16 -> 16 channels at 32x32");
        assertEquals(131_072L, network.macs("conv2d_5"), "1x1 stride-2 shortcut, 16 -> 32 channels at 16x16");
        assertEquals(12.50e6, network.totalMacs(), 0.01e6);
        assertEquals(new Shape(1, 1, 10), network.shapeOf(network.outputLayer().name()));
    }

    @Test
    void matchesDl4jOnRandomPixelImages() {
        SplittableRandom random = new SplittableRandom(8);
        for (int sample = 0; sample < 4; sample++) {
            float[] image = Tensors.uniform(random, INPUT.elements(), 0, 255);
            INDArray expected = reference.outputSingle(Tensors.nhwc(image, INPUT));

            OutputComparison.assertClose(Tensors.fromNhwc(expected), FloatInference.run(network, image),
                    "softmax output of sample " + sample);
        }
    }

    @Test
    void matchesDl4jOnTheLastFeatureMap() {
        float[] image = Tensors.uniform(new SplittableRandom(88), INPUT.elements(), 0, 255);
        Map<String, INDArray> dl4j = reference.feedForward(Tensors.nhwc(image, INPUT), false);
        Map<String, float[]> ir = FloatInference.runAll(network, image);

        float[] expected = Tensors.fromNhwc(dl4j.get("activation_6"));
        assertTrue(expected.length == 8 * 8 * 64);
        OutputComparison.assertClose(expected, ir.get("add_2"), "relu(add_2), 8x8x64");
    }
}
