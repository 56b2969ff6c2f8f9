package org.mcuq.ir.transform;

import org.mcuq.ir.Activation;
import org.mcuq.ir.FusedActivationLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.SingleInputLayer;
import org.mcuq.ir.internal.GraphRewrite;

/**
 * Turns a ReLU or ReLU6 layer that directly follows a conv, depthwise conv, dense or add layer (whose only
 * consumer it is) into that layer's fused activation. Chains such as conv, ReLU, ReLU6 fuse completely.
 */
public final class ActivationFusion {

    private ActivationFusion() {
    }

    /** A new network with every fusable activation layer fused; its consumers read the producer. */
    public static Network fuse(Network network) {
        Network current = network;
        GraphRewrite rewrite;
        do {
            rewrite = fuseOnce(current);
            current = rewrite.build();
        } while (rewrite.changed());
        return current;
    }

    private static GraphRewrite fuseOnce(Network network) {
        GraphRewrite rewrite = new GraphRewrite(network);
        for (Layer layer : network.layers()) {
            Activation activation = activationOf(layer);
            if (activation != null && isFusable(network, (SingleInputLayer) layer)) {
                var producer = (FusedActivationLayer) rewrite.current(((SingleInputLayer) layer).input());
                rewrite.replace(producer.withActivation(producer.activation().followedBy(activation)));
                rewrite.remove(layer.name(), producer.name());
            }
        }
        return rewrite;
    }

    private static Activation activationOf(Layer layer) {
        if (layer.op() == OpType.RELU) {
            return Activation.RELU;
        }
        return layer.op() == OpType.RELU6 ? Activation.RELU6 : null;
    }

    private static boolean isFusable(Network network, SingleInputLayer activation) {
        return network.layer(activation.input()) instanceof FusedActivationLayer
                && network.consumers(activation.input()).size() == 1;
    }
}
