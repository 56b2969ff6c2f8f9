package org.mcuq.rlquant.lsq;

/** How the step sizes start before fine-tuning. */
public enum StepInit {

    /**
     * LSQ's rule {@code s = 2 mean|v| / sqrt(Q_P)}, with {@code mean|v|} over the weights of an output channel or
     * over an activation tensor's values on the initialisation samples (float model). 1-bit weights start at
     * {@code mean|w|}, the least-squares scale of binary weights.
     */
    LSQ,

    /** The steps LiteEngine calibrates post-training on the initialisation samples (the spec's method, MSE by default). */
    CALIBRATED
}
