package org.mcuq.ir;

/**
 * A layer with a weight tensor whose last axis is the output channel and one bias per output channel:
 * {@link Conv2D} (HWIO), {@link DepthwiseConv2D} (HWC) and {@link Dense} (IO).
 */
public sealed interface WeightedLayer extends SingleInputLayer, FusedActivationLayer
        permits Conv2D, DepthwiseConv2D, Dense {

    float[] weights();

    float[] bias();

    /** Number of output channels, which is also the length of {@link #bias()}. */
    default int outChannels() {
        return bias().length;
    }

    /** A copy of this layer with other weights and bias of the same lengths. */
    WeightedLayer withParameters(float[] newWeights, float[] newBias);

    @Override
    WeightedLayer withActivation(Activation newActivation);
}
