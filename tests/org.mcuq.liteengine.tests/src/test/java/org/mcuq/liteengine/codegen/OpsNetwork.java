package org.mcuq.liteengine.codegen;

import static org.mcuq.liteengine.quant.TestNetworks.between;
import static org.mcuq.liteengine.quant.TestNetworks.weights;

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
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.quant.TestNetworks;

/**
 * A small network with every op the quantizer supports, at odd sizes: a signed 9x9x3 input; conv 3x3 SAME to 8
 * channels with ReLU; max pool 3x3/2 SAME; depthwise 3x3/2 SAME with ReLU6; average pool 2x2/1 SAME followed by
 * a stand-alone ReLU6; a 3-input add; an unfoldable batch-norm (signed output) read by a stand-alone ReLU and global average pool, and by a
 * depthwise 3x3/1 on signed input (in place, as the batch-norm's last reader); conv 1x1 to 5 channels (signed);
 * zero padding; conv 3x3/2 VALID; flatten; two dense branches; an add with ReLU6 (fused into it by the
 * quantizer); reshape; flatten; dense 5; softmax.
 */
public final class OpsNetwork {

    public static final Shape INPUT = new Shape(9, 9, 3);

    private OpsNetwork() {
    }

    public static Network build(long seed) {
        Random r = new Random(seed);
        return TestNetworks.network(new InputLayer("in", INPUT),
                new Conv2D("c1", "in", 3, 3, 1, 1, Padding.SAME, 8, weights(r, 216, 27), between(r, 8, -.2, .2),
                        Activation.RELU),
                new Pool("mp", OpType.MAX_POOL, "c1", 3, 3, 2, 2, Padding.SAME),
                new DepthwiseConv2D("dw", "c1", 3, 3, 2, 2, Padding.SAME, weights(r, 72, 9), between(r, 8, -.2, .2),
                        Activation.RELU6),
                new Pool("ap", OpType.AVG_POOL, "mp", 2, 2, 1, 1, Padding.SAME),
                new Relu6("r6", "ap"),
                new Add("add", List.of("dw", "r6", "mp"), Activation.NONE),
                new BatchNorm("bn", "add", between(r, 8, .5, 1.5), between(r, 8, -.3, .3), between(r, 8, -.3, .3),
                        between(r, 8, .5, 1.5), 1e-3f),
                new Relu("relu", "bn"),
                new GlobalAvgPool("gap", "relu"),
                new DepthwiseConv2D("dw2", "bn", 3, 3, 1, 1, Padding.SAME, weights(r, 72, 9),
                        between(r, 8, -.2, .2), Activation.NONE),
                new Conv2D("c2", "dw2", 1, 1, 1, 1, Padding.VALID, 5, weights(r, 40, 8), between(r, 5, -.2, .2),
                        Activation.NONE),
                new ZeroPadding("zp", "c2", 1, 0, 0, 1),
                new Conv2D("c3", "zp", 3, 3, 2, 2, Padding.VALID, 4, weights(r, 180, 45), between(r, 4, -.2, .2),
                        Activation.RELU),
                new Flatten("fl", "c3"),
                new Dense("fc1", "fl", 8, weights(r, 128, 16), between(r, 8, -.2, .2), Activation.RELU),
                new Dense("fc2", "gap", 8, weights(r, 64, 8), between(r, 8, -.2, .2), Activation.NONE),
                new Add("add2", List.of("fc1", "fc2"), Activation.NONE),
                new Relu6("relu6", "add2"),
                new Reshape("rs", "relu6", new Shape(2, 2, 2)),
                new Flatten("fl2", "rs"),
                new Dense("out", "fl2", 5, weights(r, 40, 8), between(r, 5, -.2, .2), Activation.NONE),
                new Softmax("sm", "out"));
    }
}
