package org.mcuq.rlquant.agent;

/** What one agent step chooses: a layer's weight bits or its activation (output) bits. Weights come first. */
public enum StepKind {
    WEIGHT, ACTIVATION
}
