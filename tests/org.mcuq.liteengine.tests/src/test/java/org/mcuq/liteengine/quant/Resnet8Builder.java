package org.mcuq.liteengine.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;

/**
 * The MLPerf Tiny ResNet-8 topology (32x32x3, 16/32/64 filters, 12.5 M MACs) with random weights and separate
 * batch-norm and ReLU layers, for speed and structure tests.
 */
public final class Resnet8Builder {

    private final Random random;
    private final List<Layer> layers = new ArrayList<>();
    private int counter;

    private Resnet8Builder(long seed) {
        this.random = new Random(seed);
    }

    public static Network build(long seed) {
        return new Resnet8Builder(seed).network();
    }

    private Network network() {
        layers.add(new InputLayer("input", new Shape(32, 32, 3)));
        String x = relu(batchNorm(conv("input", 3, 16, 3, 1), 16));
        x = stack(x, 16, 16, 1);
        x = stack(x, 16, 32, 2);
        x = stack(x, 32, 64, 2);
        layers.add(new GlobalAvgPool("pool", x));
        layers.add(new Dense("dense", "pool", 10, TestNetworks.weights(random, 640, 64), new float[10],
                Activation.NONE));
        layers.add(new Softmax("softmax", "dense"));
        return new Network("resnet8", layers);
    }

    private String stack(String x, int inC, int outC, int stride) {
        String y = relu(batchNorm(conv(x, inC, outC, 3, stride), outC));
        y = batchNorm(conv(y, outC, outC, 3, 1), outC);
        String shortcut = stride == 1 ? x : conv(x, inC, outC, 1, stride);
        String sum = "add_" + (++counter);
        layers.add(new Add(sum, List.of(shortcut, y), Activation.NONE));
        return relu(sum);
    }

    private String conv(String input, int inC, int outC, int k, int stride) {
        String name = "conv_" + (++counter);
        int fanIn = k * k * inC;
        layers.add(new Conv2D(name, input, k, k, stride, stride, Padding.SAME, outC,
                TestNetworks.weights(random, fanIn * outC, fanIn), new float[outC], Activation.NONE));
        return name;
    }

    private String batchNorm(String input, int c) {
        String name = "bn_" + (++counter);
        layers.add(new BatchNorm(name, input, TestNetworks.between(random, c, .5, 1.5),
                TestNetworks.between(random, c, -.2, .2), TestNetworks.between(random, c, -.2, .2),
                TestNetworks.between(random, c, .5, 1.5), 1e-3f));
        return name;
    }

    private String relu(String input) {
        String name = "relu_" + (++counter);
        layers.add(new Relu(name, input));
        return name;
    }
}
