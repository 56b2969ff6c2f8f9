package org.mcuq.liteengine.quant.internal;

import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.WeightedLayer;

/** Which layers have weights and which define their output's step size (the rest keep their input's). */
public final class LayerRoles {

    private LayerRoles() {
    }

    /** Conv, depthwise conv, dense, and a batch-norm left unfolded (quantized as a per-channel affine op). */
    public static boolean hasWeights(Layer layer) {
        return layer instanceof WeightedLayer || layer instanceof BatchNorm;
    }

    /** True if the layer's output gets a step of its own (learned or calibrated) and is requantized to it. */
    public static boolean ownsStep(Layer layer) {
        return hasWeights(layer) || layer instanceof InputLayer || layer instanceof Add || layer instanceof Relu
                || layer instanceof Relu6;
    }

    /** The layer whose step the network output carries: the output layer or its nearest step-owning producer. */
    public static String outputStepOwner(Network network) {
        Layer layer = network.outputLayer();
        while (!ownsStep(layer)) {
            layer = network.layer(layer.inputs().get(0));
        }
        return layer.name();
    }

    /** Number of output channels of a layer with weights. */
    public static int channels(Layer layer) {
        return layer instanceof BatchNorm bn ? bn.channels() : ((WeightedLayer) layer).outChannels();
    }
}
