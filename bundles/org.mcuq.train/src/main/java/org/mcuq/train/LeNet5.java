package org.mcuq.train;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * LeNet-5 for 28x28x1 NHWC digits: conv 5x5x6 (same) relu, max-pool 2, conv 5x5x16 (valid) relu, max-pool 2,
 * dense 120 relu, dense 84 relu, dense 10 softmax.
 */
public final class LeNet5 {

    public static final int HEIGHT = 28;
    public static final int WIDTH = 28;
    public static final int CLASSES = 10;

    private static final double LEARNING_RATE = 1e-3;

    private LeNet5() {
    }

    /** The network configuration; {@code seed} fixes the initial weights. */
    public static MultiLayerConfiguration configuration(long seed) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.RELU)
                .updater(new Adam(LEARNING_RATE))
                .list()
                .layer(conv("conv1", 6, ConvolutionMode.Same))
                .layer(maxPool("pool1"))
                .layer(conv("conv2", 16, ConvolutionMode.Truncate))
                .layer(maxPool("pool2"))
                .layer(dense("fc1", 120))
                .layer(dense("fc2", 84))
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).name("output").nOut(CLASSES)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.convolutional(HEIGHT, WIDTH, 1, CNN2DFormat.NHWC))
                .build();
    }

    private static ConvolutionLayer conv(String name, int filters, ConvolutionMode mode) {
        return new ConvolutionLayer.Builder(5, 5).name(name).nOut(filters).stride(1, 1).convolutionMode(mode)
                .dataFormat(CNN2DFormat.NHWC).activation(Activation.RELU).build();
    }

    private static SubsamplingLayer maxPool(String name) {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).name(name).kernelSize(2, 2)
                .stride(2, 2).dataFormat(CNN2DFormat.NHWC).build();
    }

    private static DenseLayer dense(String name, int units) {
        return new DenseLayer.Builder().name(name).nOut(units).activation(Activation.RELU).build();
    }
}
