package org.mcuq.liteengine.cost;

import static org.mcuq.liteengine.quant.TestNetworks.between;
import static org.mcuq.liteengine.quant.TestNetworks.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;

/**
 * Random instances of the usual small-CNN families for calibration, at random sizes: residual networks (3x3
 * stages, strided 1x1 shortcuts, adds, an average pool over the last map), LeNet-like networks (5x5 convs, max
 * pools, dense layers) and MobileNet-like networks (depthwise and pointwise convs). They cover the regimes real
 * networks run in (tens of channels, 8..32 pixel maps, large pooling windows) better than purely random chains.
 */
final class StructuredNetworks {

    private final Random r;
    private final List<Layer> layers = new ArrayList<>();
    private String current = "in";
    private Shape shape;

    private StructuredNetworks(long seed, Shape input) {
        this.r = new Random(seed);
        this.shape = input;
        layers.add(new InputLayer("in", input));
    }

    static Network build(String family, long seed) {
        Random sizes = new Random(seed * 7919);
        return switch (family) {
            case "resnet" -> new StructuredNetworks(seed, image(sizes, 8, 32)).resnet(family + seed, sizes);
            case "lenet" -> new StructuredNetworks(seed, image(sizes, 12, 28)).lenet(family + seed, sizes);
            default -> new StructuredNetworks(seed, image(sizes, 8, 32)).mobile(family + seed, sizes);
        };
    }

    private static Shape image(Random r, int min, int max) {
        int side = min + r.nextInt(max - min + 1);
        return new Shape(side, side, 1 + r.nextInt(3));
    }

    private Network resnet(String name, Random sizes) {
        int channels = 8 * (1 + sizes.nextInt(3));
        conv(3, 1, channels, Activation.RELU);
        for (int stage = 0; stage < 1 + sizes.nextInt(3); stage++) {
            int stride = stage == 0 ? 1 : 2;
            String x = current;
            Shape before = shape;
            channels = stage == 0 ? channels : 2 * channels;
            conv(3, stride, channels, Activation.RELU);
            conv(3, 1, channels, Activation.NONE);
            String branch = current;
            String shortcut = x;
            if (stride != 1 || before.channels() != channels) {
                shortcut = "conv" + layers.size();
                int fanIn = before.channels();
                layers.add(new Conv2D(shortcut, x, 1, 1, stride, stride, Padding.SAME, channels,
                        weights(r, fanIn * channels, fanIn), between(r, channels, -.1, .1), Activation.NONE));
            }
            push(new Add("add" + layers.size(), List.of(shortcut, branch), Activation.RELU));
        }
        push(new Pool("pool" + layers.size(), OpType.AVG_POOL, current, shape.height(), shape.width(), 1, 1,
                Padding.VALID));
        return head(name);
    }

    private Network lenet(String name, Random sizes) {
        conv(5, 1, 4 + sizes.nextInt(13), Activation.RELU);
        push(new Pool("pool" + layers.size(), OpType.MAX_POOL, current, 2, 2, 2, 2, Padding.VALID));
        conv(Math.min(5, shape.height()), 1, 8 + sizes.nextInt(25), Activation.RELU);
        push(new Pool("pool" + layers.size(), OpType.MAX_POOL, current, 2, 2, 2, 2, Padding.VALID));
        push(new Flatten("flatten" + layers.size(), current));
        dense(16 + sizes.nextInt(65), Activation.RELU);
        dense(10 + sizes.nextInt(55), Activation.RELU);
        return head(name);
    }

    private Network mobile(String name, Random sizes) {
        int channels = 8 * (1 + sizes.nextInt(2));
        conv(3, 2, channels, Activation.RELU6);
        for (int block = 0; block < 2 + sizes.nextInt(3); block++) {
            int stride = sizes.nextInt(3) == 0 && shape.height() > 4 ? 2 : 1;
            int c = shape.channels();
            push(new DepthwiseConv2D("dw" + layers.size(), current, 3, 3, stride, stride, Padding.SAME,
                    weights(r, 9 * c, 9), between(r, c, -.1, .1), Activation.RELU6));
            conv(1, 1, Math.min(64, channels * (1 + sizes.nextInt(2))), Activation.RELU6);
            channels = shape.channels();
        }
        push(new Pool("pool" + layers.size(), OpType.AVG_POOL, current, shape.height(), shape.width(), 1, 1,
                Padding.VALID));
        return head(name);
    }

    private Network head(String name) {
        if (!shape.isVector()) {
            push(new Flatten("flatten" + layers.size(), current));
        }
        dense(10, Activation.NONE);
        push(new Softmax("softmax", current));
        return new Network(name, layers);
    }

    private void conv(int k, int stride, int channels, Activation activation) {
        int fanIn = k * k * shape.channels();
        Padding padding = k == 5 && layers.size() > 3 ? Padding.VALID : Padding.SAME;
        push(new Conv2D("conv" + layers.size(), current, k, k, stride, stride, padding, channels,
                weights(r, fanIn * channels, fanIn), between(r, channels, -.1, .1), activation));
    }

    private void dense(int units, Activation activation) {
        int fanIn = shape.elements();
        push(new Dense("dense" + layers.size(), current, units, weights(r, fanIn * units, fanIn),
                between(r, units, -.1, .1), activation));
    }

    private void push(Layer layer) {
        layers.add(layer);
        current = layer.name();
        shape = new Network("probe", layers).shapeOf(current);
    }
}
