package org.mcuq.pipeline.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;

/**
 * Which layers of a prepared network a policy speaks about (docs/liteengine-arithmetic.md): layers with weights
 * get bits and steps; the input, adds and stand-alone ReLU/ReLU6 own an activation step but derive their bits;
 * every other layer keeps its input's quantization and has no entry.
 */
public final class LayerKinds {

    private static final Set<OpType> WEIGHTED = EnumSet.of(OpType.CONV2D, OpType.DEPTHWISE_CONV2D, OpType.DENSE,
            OpType.BATCH_NORM);
    private static final Set<OpType> STEP_ONLY = EnumSet.of(OpType.INPUT, OpType.ADD, OpType.RELU, OpType.RELU6);

    private LayerKinds() {
    }

    public static boolean hasWeights(Layer layer) {
        return WEIGHTED.contains(layer.op());
    }

    /** Layers with weights and the other layers that own a step: the ones a policy entry can describe. */
    public static boolean ownsStep(Layer layer) {
        return hasWeights(layer) || STEP_ONLY.contains(layer.op());
    }

    /** Names of the layers with weights, in network order: the entries every policy must have. */
    public static List<String> weightedNames(Network network) {
        return network.layers().stream().filter(LayerKinds::hasWeights).map(Layer::name).toList();
    }
}
