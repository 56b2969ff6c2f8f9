package org.mcuq.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Small DL4J networks with random parameters that exercise the layer mappings the real models do not use. */
final class SyntheticNetworks {

    private SyntheticNetworks() {
    }

    /**
     * NCHW chain on 12x12x3: zero padding, explicitly padded conv, batch norm (log-std storage, large epsilon), ReLU6, stride-2
     * depthwise conv, average pooling, 1x1 conv with ReLU, unfoldable batch norm, dropout, dense on a CHW flatten.
     */
    static MultiLayerNetwork nchwChain(long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT)
                .list()
                .layer(new ZeroPaddingLayer.Builder(1, 1, 1, 1).name("pad").build())
                .layer(new ConvolutionLayer.Builder(3, 3).name("conv_explicit").nOut(4).padding(1, 1)
                        .convolutionMode(ConvolutionMode.Truncate).activation(Activation.IDENTITY).build())
                .layer(new BatchNormalization.Builder().name("bn_logstd").useLogStd(true).eps(0.5).build())
                .layer(new ActivationLayer.Builder().name("relu6").activation(Activation.RELU6).build())
                .layer(new DepthwiseConvolution2D.Builder(3, 3).name("depthwise").depthMultiplier(1).stride(2, 2)
                        .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.AVG).name("avg").kernelSize(2, 2).stride(1, 1)
                        .build())
                .layer(new ConvolutionLayer.Builder(1, 1).name("pointwise").nOut(5).activation(Activation.RELU)
                        .build())
                .layer(new BatchNormalization.Builder().name("bn_after_relu").useLogStd(false).build())
                .layer(new DropoutLayer.Builder(0.5).name("dropout").build())
                .layer(new DenseLayer.Builder().name("fc").nOut(7).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).name("out").nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(12, 12, 3, CNN2DFormat.NCHW))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        randomize(network, seed);
        return network;
    }

    /** NHWC residual block on 10x10x2 with global average pooling (no flatten, so no recorded input size). */
    static ComputationGraph nhwcResidual(long seed) {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(seed)
                .dataType(DataType.FLOAT).graphBuilder()
                .addInputs("image")
                .addLayer("c1", conv(4, Activation.RELU), "image")
                .addLayer("c2", conv(4, Activation.IDENTITY), "c1")
                .addLayer("bn", new BatchNormalization.Builder().dataFormat(CNN2DFormat.NHWC).build(), "c2")
                .addVertex("add", new ElementWiseVertex(ElementWiseVertex.Op.Add), "c1", "bn")
                .addLayer("act", new ActivationLayer.Builder().activation(Activation.RELU).build(), "add")
                .addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "act")
                .addLayer("out", new OutputLayer.Builder(LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "gap")
                .setOutputs("out")
                .setInputTypes(InputType.convolutional(10, 10, 2, CNN2DFormat.NHWC))
                .build();
        ComputationGraph graph = new ComputationGraph(conf);
        graph.init();
        randomize(graph, seed);
        return graph;
    }

    /**
     * NHWC conv 3x3 (valid, 3 filters), max-pool 2x2 with the given stride, dense softmax over 4 classes, on an
     * input of {@code height x width x 2}.
     */
    static MultiLayerNetwork convPoolDense(int height, int width, int poolStride, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).name("conv").nOut(3).dataFormat(CNN2DFormat.NHWC)
                        .activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).name("pool").kernelSize(2, 2)
                        .stride(poolStride, poolStride).dataFormat(CNN2DFormat.NHWC).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).name("out").nOut(4)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(height, width, 2, CNN2DFormat.NHWC))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        randomize(network, seed);
        return network;
    }

    private static ConvolutionLayer conv(int filters, Activation activation) {
        return new ConvolutionLayer.Builder(3, 3).nOut(filters).convolutionMode(ConvolutionMode.Same)
                .dataFormat(CNN2DFormat.NHWC).activation(activation).build();
    }

    /** Writes {@code model} as a DL4J zip without updater state. */
    static Path save(Model model, Path file) throws IOException {
        ModelSerializer.writeModel(model, file.toFile(), false);
        return file;
    }

    /** Random parameters so that batch norms and biases are not identities; variances stay positive. */
    private static void randomize(Model model, long seed) {
        Nd4j.getRandom().setSeed(seed);
        for (var layer : model instanceof MultiLayerNetwork mln ? mln.getLayers() : ((ComputationGraph) model)
                .getLayers()) {
            for (Map.Entry<String, INDArray> param : layer.paramTable().entrySet()) {
                INDArray noise = Nd4j.rand(DataType.FLOAT, param.getValue().shape());
                param.getValue().assign(param.getKey().equals("var") ? noise.addi(0.5) : noise.subi(0.5));
            }
        }
    }
}
