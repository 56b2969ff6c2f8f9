package org.mcuq.rlquant.lsq.internal;

import java.util.Map;

/**
 * Step sizes to start fine-tuning from.
 *
 * @param weightSteps     per-channel weight steps of every conv/depthwise/dense layer
 * @param activationSteps step of every step-owning tensor, keyed by layer name (the input layer for the input)
 */
public record InitialSteps(Map<String, float[]> weightSteps, Map<String, Float> activationSteps) {
}
