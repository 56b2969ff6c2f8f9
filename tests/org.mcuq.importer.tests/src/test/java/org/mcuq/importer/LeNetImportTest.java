package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcuq.data.Dataset;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Imports the LeNet-5 example (DL4J MultiLayerNetwork zip) and checks it against DL4J on MNIST digits. */
class LeNetImportTest {

    private static final Shape INPUT = new Shape(28, 28, 1);

    private static Network network;
    private static MultiLayerNetwork reference;
    private static Dataset digits;

    @BeforeAll
    static void importModel() throws Exception {
        network = ModelImporter.load(TestModels.lenetZip());
        reference = ModelSerializer.restoreMultiLayerNetwork(TestModels.lenetZip().toFile(), false);
        digits = MnistReader.readFolder(TestModels.exampleFolder(), "mnist-test-1k", PixelScaling.UNIT);
    }

    @Test
    void infersTheInputShapeAndKeepsTheLayerSequence() {
        List<OpType> ops = network.layers().stream().map(Layer::op).toList();

        assertEquals(INPUT, network.inputLayer().shape(), "recorded by the trainer in mcuq-model.json");
        assertEquals(List.of(OpType.INPUT, OpType.CONV2D, OpType.MAX_POOL, OpType.CONV2D, OpType.MAX_POOL,
                OpType.FLATTEN, OpType.DENSE, OpType.DENSE, OpType.DENSE, OpType.SOFTMAX), ops);
        assertEquals(Activation.RELU, ((Conv2D) network.layer("conv1")).activation());
        assertEquals(Activation.NONE, ((Dense) network.layer("output")).activation());
        assertEquals(new Shape(5, 5, 16), network.shapeOf("pool2"));
        assertEquals(61_706L, network.totalParams(), "LeNet-5 with 6/16 filters and 120/84/10 units");
    }

    @Test
    void matchesDl4jOnMnistDigits() {
        for (int i = 0; i < 8; i++) {
            float[] image = digits.sample(i);
            INDArray expected = reference.output(Tensors.nhwc(image, INPUT), false);

            OutputComparison.assertClose(Tensors.fromNhwc(expected), FloatInference.run(network, image),
                    "digit " + i);
        }
    }

    @Test
    void predictsTheSameClassAsDl4jOnAHundredDigits() {
        int agreeing = 0;
        int correct = 0;
        for (int i = 0; i < 100; i++) {
            float[] image = digits.sample(i);
            int predicted = OutputComparison.argMax(FloatInference.run(network, image));
            agreeing += predicted == OutputComparison.argMax(Tensors.fromNhwc(reference.output(
                    Tensors.nhwc(image, INPUT), false))) ? 1 : 0;
            correct += predicted == digits.label(i) ? 1 : 0;
        }
        assertEquals(100, agreeing);
        assertTrue(correct >= 95, correct + " of the first 100 test digits recognised");
    }
}
