package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/**
 * Inference-mode batch normalisation over channels:
 * {@code y = gamma * (x - mean) / sqrt(variance + epsilon) + beta}.
 */
public record BatchNorm(String name, String input, float[] gamma, float[] beta, float[] mean, float[] variance,
        float epsilon) implements SingleInputLayer {

    public BatchNorm {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
        LayerChecks.requireNonNull(name, gamma, "gamma");
        int c = gamma.length;
        LayerChecks.requireLength(name, beta, "beta", c, "gamma's length");
        LayerChecks.requireLength(name, mean, "moving mean", c, "gamma's length");
        LayerChecks.requireLength(name, variance, "moving variance", c, "gamma's length");
        if (!(epsilon >= 0f)) {
            throw new NetworkValidationException(name, "epsilon must be a non-negative number but is " + epsilon
                    + ".");
        }
    }

    @Override
    public OpType op() {
        return OpType.BATCH_NORM;
    }

    /** Number of channels normalised. */
    public int channels() {
        return gamma.length;
    }

    /** Per-channel factor {@code gamma / sqrt(variance + epsilon)}. */
    public float scale(int channel) {
        return (float) (gamma[channel] / Math.sqrt((double) variance[channel] + epsilon));
    }

    /** Per-channel offset {@code beta - mean * scale}. */
    public float shift(int channel) {
        return beta[channel] - mean[channel] * scale(channel);
    }

    @Override
    public BatchNorm withInput(String newInput) {
        return new BatchNorm(name, newInput, gamma, beta, mean, variance, epsilon);
    }
}
