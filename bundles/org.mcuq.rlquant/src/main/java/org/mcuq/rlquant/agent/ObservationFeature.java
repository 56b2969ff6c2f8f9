package org.mcuq.rlquant.agent;

/**
 * The features of a {@link LayerObservation}, in vector order (HAQ's layer embedding). All but
 * {@link #PREVIOUS_ACTION} and {@link #ACTIVATION_STEP} are min-max normalised across the network's quantizable
 * layers (0 where every layer has the same value); the previous action is already in [0, 1] and the step flag is
 * 0 for weight bits, 1 for activation bits.
 */
public enum ObservationFeature {
    DEPTHWISE, IN_CHANNELS, OUT_CHANNELS, STRIDE, KERNEL_SIZE, WEIGHT_COUNT, INPUT_AREA, LAYER_INDEX,
    PREVIOUS_ACTION, ACTIVATION_STEP;

    /** Length of the observation vector. */
    public static final int COUNT = values().length;
}
