package org.mcuq.rlquant.lsq.internal;

import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.liteengine.quant.WeightFormat;

/**
 * The integer codes {@code min .. max} of an LSQ quantizer: {@code -Q_N .. Q_P} in the paper's notation.
 *
 * @param binary true for 1-bit weights, whose codes are -1 and +1 (never 0)
 */
public record QuantRange(int min, int max, boolean binary) {

    /** The codes of a tensor, exactly as the engine stores it. */
    public static QuantRange of(TensorQuantization tensor) {
        return new QuantRange(tensor.min(), tensor.max(), false);
    }

    /** The codes of weights at {@code bits} ({@link WeightFormat}'s ranges; binary at 1 bit). */
    public static QuantRange weights(int bits) {
        return new QuantRange(WeightFormat.min(bits), WeightFormat.max(bits), bits == 1);
    }

    /** {@code Q_P}, at least 1 (a signed 1-bit tensor has no positive code, but LSQ's formulas need one). */
    public int positiveLevels() {
        return Math.max(1, max);
    }

    /** LSQ's step-gradient scale {@code g = 1 / sqrt(N * Q_P)} for a step shared by {@code n} values. */
    public double gradientScale(long n) {
        return 1.0 / Math.sqrt((double) n * positiveLevels());
    }

    /** LSQ's initial step {@code 2 mean|v| / sqrt(Q_P)}; binary weights start at mean|v| as the engine's. */
    public double initialStep(double meanAbs) {
        return binary ? meanAbs : 2 * meanAbs / Math.sqrt(positiveLevels());
    }
}
