package org.mcuq.liteengine.cost;

import static org.mcuq.liteengine.quant.TestNetworks.between;
import static org.mcuq.liteengine.quant.TestNetworks.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;

/**
 * Random small CNNs for calibrating the cost model: a chain of convs, depthwise convs, residual adds, pools,
 * zero padding, unfoldable batch-norms and stand-alone ReLUs at random shapes, ending in a dense head. The same
 * seed gives the same network; each network stays under a few million MACs so QEMU runs stay short.
 */
final class RandomNetworks {

    private static final int[] CHANNELS = {1, 2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 32, 40, 48, 64};
    private static final long MAX_LAYER_MACS = 2_000_000;

    private final Random r;
    private final List<Layer> layers = new ArrayList<>();
    private String current;
    private Shape shape;

    private RandomNetworks(long seed) {
        this.r = new Random(seed);
    }

    static Network build(long seed) {
        return new RandomNetworks(seed).network(seed);
    }

    /** The input shape of the network of {@code seed}. */
    static Shape inputShape(Network network) {
        return network.inputLayer().shape();
    }

    private Network network(long seed) {
        int[] inputChannels = {1, 2, 3, 4, 5, 8, 12, 16, 24, 32};
        shape = new Shape(4 + r.nextInt(21), 4 + r.nextInt(21), inputChannels[r.nextInt(inputChannels.length)]);
        current = "in";
        layers.add(new InputLayer("in", shape));
        int blocks = 3 + r.nextInt(5);
        for (int b = 0; b < blocks; b++) {
            block();
        }
        head();
        return new Network("random" + seed, layers);
    }

    private void block() {
        int pick = r.nextInt(100);
        if (pick < 40) {
            int k = 1 + 2 * r.nextInt(2) + (r.nextInt(8) == 0 ? 2 : 0);
            boolean valid = shape.height() >= k && shape.width() >= k && r.nextInt(3) == 0;
            conv(k, r.nextInt(4) == 0 ? 2 : 1, CHANNELS[r.nextInt(CHANNELS.length)], activation(),
                    valid ? Padding.VALID : Padding.SAME);
        } else if (pick < 55) {
            depthwise();
        } else if (pick < 67) {
            residual();
        } else if (pick < 80) {
            pool();
        } else if (pick < 86) {
            push(new ZeroPadding(name("zp"), current, r.nextInt(2), 1, 1, r.nextInt(2)));
        } else if (pick < 93) {
            pool();
            batchNorm();
        } else {
            pool();
            push(new Relu(name("relu"), current));
        }
    }

    private void conv(int k, int stride, int channels, Activation activation, Padding padding) {
        long macs = (long) outSize(shape.height(), k, stride, padding) * outSize(shape.width(), k, stride, padding)
                * k * k * shape.channels() * channels;
        if (macs > MAX_LAYER_MACS) {
            return;
        }
        int fanIn = k * k * shape.channels();
        push(new Conv2D(name("conv"), current, k, k, stride, stride, padding, channels,
                weights(r, fanIn * channels, fanIn), between(r, channels, -.1, .1), activation));
    }

    private void depthwise() {
        int k = r.nextInt(5) == 0 ? 5 : 3;
        int stride = r.nextInt(3) == 0 ? 2 : 1;
        int c = shape.channels();
        push(new DepthwiseConv2D(name("dw"), current, k, k, stride, stride, Padding.SAME,
                weights(r, k * k * c, k * k), between(r, c, -.1, .1), activation()));
    }

    /** x + conv3x3(x), with or without a ReLU after the add. */
    private void residual() {
        String x = current;
        Shape before = shape;
        conv(3, 1, shape.channels(), Activation.NONE, Padding.SAME);
        if (current.equals(x)) {
            return;
        }
        push(new Add(name("add"), List.of(x, current), r.nextBoolean() ? Activation.RELU : Activation.NONE));
        shape = before;
    }

    private void pool() {
        OpType op = r.nextBoolean() ? OpType.MAX_POOL : OpType.AVG_POOL;
        if (shape.height() >= 2 && shape.width() >= 2 && r.nextBoolean()) {
            push(new Pool(name("pool"), op, current, 2, 2, 2, 2, Padding.VALID));
        } else {
            int stride = r.nextBoolean() ? 2 : 1;
            push(new Pool(name("pool"), op, current, 3, 3, stride, stride, Padding.SAME));
        }
    }

    /** A batch-norm after a pool, which cannot be folded and runs as a per-channel affine op. */
    private void batchNorm() {
        int c = shape.channels();
        push(new BatchNorm(name("bn"), current, between(r, c, .5, 1.5), between(r, c, -.3, .3),
                between(r, c, -.3, .3), between(r, c, .5, 1.5), 1e-3f));
    }

    private void head() {
        int choice = r.nextInt(5);
        if (choice < 2) {
            push(new GlobalAvgPool(name("gap"), current));
        } else if (choice < 4 && shape.elements() <= 2048) {
            push(new Flatten(name("flatten"), current));
        } else {
            return;
        }
        int units = 2 + r.nextInt(40);
        int fanIn = shape.elements();
        push(new Dense(name("dense"), current, units, weights(r, fanIn * units, fanIn), between(r, units, -.1, .1),
                r.nextBoolean() ? Activation.RELU : Activation.NONE));
        if (r.nextBoolean()) {
            push(new Softmax(name("softmax"), current));
        }
    }

    private Activation activation() {
        int pick = r.nextInt(10);
        return pick < 6 ? Activation.RELU : pick < 9 ? Activation.NONE : Activation.RELU6;
    }

    private void push(Layer layer) {
        layers.add(layer);
        current = layer.name();
        shape = new Network("probe", layers).shapeOf(current);
    }

    private String name(String kind) {
        return kind + "_" + layers.size();
    }

    private static int outSize(int in, int k, int stride, Padding padding) {
        return Math.max(1, padding.outputSize(in, k, stride));
    }
}
