package org.mcuq.ir.io;

import java.util.List;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Fixtures;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
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

/** A small network with a layer of every {@link OpType}, random weights and a residual branch. */
final class AllLayersNetwork {

    static final Shape INPUT = new Shape(8, 8, 3);

    private AllLayersNetwork() {
    }

    static Network build(long seed) {
        Random random = new Random(seed);
        return new Network("all \"layers\" / ünïcode", List.<Layer>of(
                new InputLayer("image", INPUT),
                new ZeroPadding("pad", "image", 1, 1, 2, 0),
                new Conv2D("conv", "pad", 3, 2, 1, 1, Padding.VALID, 4, Fixtures.uniform(random, 3 * 2 * 3 * 4, 0.5),
                        Fixtures.uniform(random, 4, 0.1), Activation.RELU),
                new BatchNorm("bn", "conv", Fixtures.between(random, 4, 0.5, 1.5), Fixtures.uniform(random, 4, 0.2),
                        Fixtures.uniform(random, 4, 0.2), Fixtures.between(random, 4, 0.5, 2), 1e-3f),
                new Relu6("relu6", "bn"),
                new DepthwiseConv2D("dw", "relu6", 3, 3, 1, 1, Padding.SAME, Fixtures.uniform(random, 3 * 3 * 4, 0.5),
                        Fixtures.uniform(random, 4, 0.1), Activation.RELU6),
                new Add("residual", List.of("relu6", "dw"), Activation.NONE),
                new Relu("relu", "residual"),
                new Pool("max", OpType.MAX_POOL, "relu", 2, 2, 2, 2, Padding.VALID),
                new Pool("avg", OpType.AVG_POOL, "max", 3, 3, 1, 1, Padding.SAME),
                new Flatten("flatten", "avg"),
                new Reshape("reshape", "flatten", new Shape(4, 4, 4)),
                new GlobalAvgPool("gap", "reshape"),
                new Dense("dense", "gap", 3, Fixtures.uniform(random, 4 * 3, 1), Fixtures.uniform(random, 3, 0.1),
                        Activation.NONE),
                new Softmax("softmax", "dense")));
    }
}
