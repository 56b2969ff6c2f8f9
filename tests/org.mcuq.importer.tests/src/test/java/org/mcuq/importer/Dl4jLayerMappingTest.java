package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Shape;

/** DL4J-built networks with random weights: the imported IR must compute what DL4J computes. */
class Dl4jLayerMappingTest {

    @TempDir
    Path temp;

    private static final Shape CHAIN_INPUT = new Shape(12, 12, 3);

    @Test
    void nchwChainMatchesDl4j() throws Exception {
        MultiLayerNetwork dl4j = SyntheticNetworks.nchwChain(3);
        Network network = ModelImporter.load(SyntheticNetworks.save(dl4j, temp.resolve("chain.zip")), CHAIN_INPUT);
        Shape input = CHAIN_INPUT;

        SplittableRandom random = new SplittableRandom(5);
        for (int sample = 0; sample < 3; sample++) {
            float[] image = Tensors.uniform(random, input.elements(), -1, 1);
            float[] expected = Tensors.fromNhwc(dl4j.output(Tensors.nchw(image, input), false));
            OutputComparison.assertClose(expected, FloatInference.run(network, image), "sample " + sample);
        }
    }

    @Test
    void nchwChainKeepsOnlyTheUnfoldableBatchNorm() throws Exception {
        Network network = ModelImporter.load(SyntheticNetworks.save(SyntheticNetworks.nchwChain(3),
                temp.resolve("chain.zip")), CHAIN_INPUT);
        List<OpType> ops = network.layers().stream().map(Layer::op).toList();

        assertEquals(List.of(OpType.INPUT, OpType.ZERO_PADDING, OpType.ZERO_PADDING, OpType.CONV2D,
                OpType.DEPTHWISE_CONV2D, OpType.AVG_POOL, OpType.CONV2D, OpType.BATCH_NORM, OpType.FLATTEN,
                OpType.DENSE, OpType.DENSE, OpType.SOFTMAX), ops);
    }

    @Test
    void nhwcResidualGraphMatchesDl4jGivenItsInputShape() throws Exception {
        ComputationGraph dl4j = SyntheticNetworks.nhwcResidual(4);
        Shape input = new Shape(10, 10, 2);
        Network network = ModelImporter.load(SyntheticNetworks.save(dl4j, temp.resolve("residual.zip")), input);

        float[] image = Tensors.uniform(new SplittableRandom(6), input.elements(), -2, 2);
        float[] expected = Tensors.fromNhwc(dl4j.outputSingle(Tensors.nhwc(image, input)));
        OutputComparison.assertClose(expected, FloatInference.run(network, image), "residual output");
        assertTrue(network.layers().stream().noneMatch(l -> l.op() == OpType.BATCH_NORM || l.op() == OpType.RELU));
    }

    @Test
    void infersANonSquareInputSizeWhenOnlyOneFits() throws Exception {
        MultiLayerNetwork dl4j = SyntheticNetworks.convPoolDense(9, 7, 1, 7);
        Network network = ModelImporter.load(SyntheticNetworks.save(dl4j, temp.resolve("stride1.zip")));
        Shape input = new Shape(9, 7, 2);

        assertEquals(input, network.inputLayer().shape(), "from the 6x4x3 tensor DL4J records at the flatten");
        float[] image = Tensors.uniform(new SplittableRandom(9), input.elements(), -1, 1);
        float[] expected = Tensors.fromNhwc(dl4j.output(Tensors.nhwc(image, input), false));
        OutputComparison.assertClose(expected, FloatInference.run(network, image), "stride-1 output");
    }

    @Test
    void asksForTheInputShapeWhenSeveralSizesFit() throws Exception {
        Path zip = SyntheticNetworks.save(SyntheticNetworks.convPoolDense(8, 8, 2, 7), temp.resolve("stride2.zip"));

        ModelImportException e = assertThrows(ModelImportException.class, () -> ModelImporter.load(zip));

        assertEquals("The DL4J model does not record its input size, and input sizes 8 to 9 all fit the size 3 it"
                + " records at its flatten 'out_flatten'; pass the input shape, e.g."
                + " ModelImporter.load(file, new Shape(8, 8, 2))", e.getMessage());
    }

    @Test
    void asksForTheInputShapeWhenTheZipCannotTellIt() throws Exception {
        Path zip = SyntheticNetworks.save(SyntheticNetworks.nhwcResidual(4), temp.resolve("residual.zip"));

        ModelImportException e = assertThrows(ModelImportException.class, () -> ModelImporter.load(zip));

        assertTrue(e.getMessage().contains("does not record its input height and width"), e.getMessage());
        assertTrue(e.getMessage().contains("ModelImporter.load(file, new Shape("), e.getMessage());
    }
}
