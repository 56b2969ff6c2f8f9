package org.mcuq.rlquant.lsq;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;

/**
 * A small random network with every layer kind the training graph supports: conv (SAME, ReLU6; stride 2, no
 * activation), zero padding, depthwise conv (ReLU), SAME average pool (borders divide by fewer elements), max
 * pool, an add of branches with different steps, a stand-alone ReLU (after a pool, so it cannot be fused),
 * reshape, global average pool, flatten, dense and softmax. Input 8x8x2, signed.
 */
final class AllLayersNetwork {

    static final Shape INPUT = new Shape(8, 8, 2);
    static final int CLASSES = 3;

    private AllLayersNetwork() {
    }

    static Network create(long seed) {
        Random r = new Random(seed);
        return new Network("all-layers", List.of(new InputLayer("in", INPUT),
                new Conv2D("ca", "in", 3, 3, 1, 1, Padding.SAME, 4, weights(r, 72, 18), bias(r, 4), Activation.RELU6),
                new ZeroPadding("pad", "ca", 1, 1, 1, 1),
                new DepthwiseConv2D("dw", "pad", 3, 3, 1, 1, Padding.VALID, weights(r, 36, 9), bias(r, 4),
                        Activation.RELU),
                new Pool("avg", OpType.AVG_POOL, "dw", 3, 3, 2, 2, Padding.SAME),
                new Conv2D("cc", "in", 3, 3, 2, 2, Padding.SAME, 4, weights(r, 72, 18), bias(r, 4), Activation.NONE),
                new Add("add", List.of("avg", "cc"), Activation.NONE),
                new Pool("max", OpType.MAX_POOL, "add", 2, 2, 1, 1, Padding.SAME),
                new Relu("relu", "max"),
                new Reshape("reshape", "relu", new Shape(2, 8, 4)),
                new GlobalAvgPool("gap", "reshape"),
                new Flatten("flat", "gap"),
                new Dense("fc", "flat", CLASSES, weights(r, 12, 4), bias(r, CLASSES), Activation.NONE),
                new Softmax("softmax", "fc")));
    }

    /** Mixed widths, a binary conv among them. */
    static QuantizationSpec bits() {
        return QuantizationSpec.perLayer(Map.of("ca", new LayerBits(4, 4), "dw", new LayerBits(3, 5),
                "cc", new LayerBits(1, 6), "fc", new LayerBits(8, 8)));
    }

    private static float[] weights(Random r, int n, int fanIn) {
        float[] w = new float[n];
        double limit = Math.sqrt(3.0 / fanIn);
        for (int i = 0; i < n; i++) {
            w[i] = (float) ((r.nextDouble() * 2 - 1) * limit);
        }
        return w;
    }

    private static float[] bias(Random r, int n) {
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            b[i] = (float) (r.nextDouble() * 0.4 - 0.2);
        }
        return b;
    }
}
