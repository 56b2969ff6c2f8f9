package org.mcuq.liteengine.codegen;

import static org.mcuq.liteengine.quant.TestNetworks.between;
import static org.mcuq.liteengine.quant.TestNetworks.weights;

import java.util.List;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;

/**
 * The four layer shapes of the LiteEngine brief's CMSIS-NN table, each as a one-layer network with ReLU, with the
 * brief's CMSIS-NN and naive-C instructions per MAC (int8, Cortex-M4, -O2).
 */
enum BriefLayers {
    CONV3X3("conv 3x3, 32x32x16 -> 32, pad 1", new Shape(32, 32, 16), 2.14, 7.50),
    CONV1X1("conv 1x1, 32x32x32 -> 32", new Shape(32, 32, 32), 2.69, 9.02),
    DEPTHWISE3X3("depthwise 3x3, 32x32x32", new Shape(32, 32, 32), 8.19, 23.4),
    DENSE("fully connected 1024 -> 128", new Shape(1, 1, 1024), 1.92, 6.04);

    private final String label;
    private final Shape input;
    private final double cmsisNn;
    private final double naiveC;

    BriefLayers(String label, Shape input, double cmsisNn, double naiveC) {
        this.label = label;
        this.input = input;
        this.cmsisNn = cmsisNn;
        this.naiveC = naiveC;
    }

    String label() {
        return label;
    }

    Shape input() {
        return input;
    }

    double cmsisNn() {
        return cmsisNn;
    }

    double naiveC() {
        return naiveC;
    }

    Network network(long seed) {
        Random r = new Random(seed);
        Layer layer = switch (this) {
            case CONV3X3 -> new Conv2D("layer", "in", 3, 3, 1, 1, Padding.SAME, 32, weights(r, 9 * 16 * 32, 144),
                    between(r, 32, -.1, .1), Activation.RELU);
            case CONV1X1 -> new Conv2D("layer", "in", 1, 1, 1, 1, Padding.VALID, 32, weights(r, 32 * 32, 32),
                    between(r, 32, -.1, .1), Activation.RELU);
            case DEPTHWISE3X3 -> new DepthwiseConv2D("layer", "in", 3, 3, 1, 1, Padding.SAME, weights(r, 9 * 32, 9),
                    between(r, 32, -.1, .1), Activation.RELU);
            case DENSE -> new Dense("layer", "in", 128, weights(r, 1024 * 128, 1024), between(r, 128, -.1, .1),
                    Activation.RELU);
        };
        return new Network(name().toLowerCase(), List.of(new InputLayer("in", input), layer));
    }
}
