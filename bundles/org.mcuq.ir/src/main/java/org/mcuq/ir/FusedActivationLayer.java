package org.mcuq.ir;

/** A layer that applies an {@link Activation} to its result: conv, depthwise conv, dense and add. */
public sealed interface FusedActivationLayer extends Layer permits WeightedLayer, Add {

    Activation activation();

    /** A copy of this layer with another fused activation. */
    FusedActivationLayer withActivation(Activation newActivation);
}
