package org.mcuq.liteengine.quant.internal;

import org.mcuq.liteengine.quant.CalibrationMethod;

/**
 * Chooses a clipping threshold {@code c} for magnitudes quantized to {@code levels} positive levels with step
 * {@code c / levels}. MAX takes the largest magnitude; MSE takes, among {@code maxAbs * k / 128} for k = 1..128,
 * the threshold with the least sum of squared errors (rounding inside, clipping outside), preferring the larger
 * threshold on ties.
 */
public final class ClipSearch {

    static final int CANDIDATES = 128;

    private ClipSearch() {
    }

    public static double threshold(float[] magnitudes, double maxAbs, int levels, CalibrationMethod method) {
        if (method == CalibrationMethod.MAX || maxAbs == 0) {
            return maxAbs;
        }
        double best = maxAbs;
        double bestError = squaredError(magnitudes, maxAbs, levels);
        for (int k = CANDIDATES - 1; k >= 1; k--) {
            double clip = maxAbs * k / CANDIDATES;
            double error = squaredError(magnitudes, clip, levels);
            if (error < bestError) {
                best = clip;
                bestError = error;
            }
        }
        return best;
    }

    static double squaredError(float[] magnitudes, double clip, int levels) {
        double step = clip / levels;
        double sum = 0;
        for (float v : magnitudes) {
            double q = Math.min(Math.rint(v / step), levels);
            double e = v - q * step;
            sum += e * e;
        }
        return sum;
    }
}
