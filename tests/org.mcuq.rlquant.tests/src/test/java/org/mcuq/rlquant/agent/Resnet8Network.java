package org.mcuq.rlquant.agent;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;

/**
 * The shape of the MLPerf Tiny ResNet-8 with batch norm folded (zero weights): conv 16, three residual stacks of
 * 16/32/64 filters with 1x1 strided shortcuts in stacks 2 and 3, global average pool, dense 10: ten quantizable
 * layers.
 */
final class Resnet8Network {

    private final List<Layer> layers = new ArrayList<>();
    private int counter;

    private Resnet8Network() {
    }

    static Network build() {
        return new Resnet8Network().network();
    }

    private Network network() {
        layers.add(new InputLayer("input", new Shape(32, 32, 3)));
        String x = conv("input", 3, 16, 3, 1, Activation.RELU);
        x = stack(x, 16, 16, 1);
        x = stack(x, 16, 32, 2);
        x = stack(x, 32, 64, 2);
        layers.add(new GlobalAvgPool("pool", x));
        layers.add(new Dense("dense", "pool", 10, new float[64 * 10], null, Activation.NONE));
        layers.add(new Softmax("softmax", "dense"));
        return new Network("resnet8", layers);
    }

    private String stack(String x, int in, int out, int stride) {
        String y = conv(conv(x, in, out, 3, stride, Activation.RELU), out, out, 3, 1, Activation.NONE);
        String shortcut = stride == 1 ? x : conv(x, in, out, 1, stride, Activation.NONE);
        String sum = "add_" + (++counter);
        layers.add(new Add(sum, List.of(shortcut, y), Activation.RELU));
        return sum;
    }

    private String conv(String input, int in, int out, int kernel, int stride, Activation activation) {
        String name = "conv_" + (++counter);
        layers.add(new Conv2D(name, input, kernel, kernel, stride, stride, Padding.SAME, out,
                new float[kernel * kernel * in * out], null, activation));
        return name;
    }
}
