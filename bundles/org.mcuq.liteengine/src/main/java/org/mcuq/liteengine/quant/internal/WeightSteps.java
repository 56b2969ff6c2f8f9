package org.mcuq.liteengine.quant.internal;

import org.mcuq.liteengine.quant.CalibrationMethod;
import org.mcuq.liteengine.quant.WeightFormat;

/**
 * Calibrated per-output-channel weight steps. 2..8 bits: the clipping threshold (MAX or MSE, see
 * {@link ClipSearch}) over {@code 2^(b-1) - 1} levels. 1 bit: the mean magnitude of the channel, which minimises
 * the squared error of binary weights {@code +-step}. A channel of zeros gets step 1.
 */
public final class WeightSteps {

    private WeightSteps() {
    }

    /** One step per channel; channel of element i is {@code i % channels} (the channel axis is last). */
    public static float[] calibrate(float[] weights, int channels, int bits, CalibrationMethod method) {
        float[] steps = new float[channels];
        for (int c = 0; c < channels; c++) {
            float[] magnitudes = channelMagnitudes(weights, channels, c);
            double step = bits == 1 ? mean(magnitudes) : threshold(magnitudes, bits, method);
            steps[c] = step > 0 && (float) step > 0f ? (float) step : 1f;
        }
        return steps;
    }

    private static double threshold(float[] magnitudes, int bits, CalibrationMethod method) {
        int levels = WeightFormat.positiveLevels(bits);
        return ClipSearch.threshold(magnitudes, max(magnitudes), levels, method) / levels;
    }

    private static float[] channelMagnitudes(float[] weights, int channels, int c) {
        float[] m = new float[weights.length / channels];
        for (int i = 0; i < m.length; i++) {
            m[i] = Math.abs(weights[i * channels + c]);
        }
        return m;
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double max(float[] values) {
        double max = 0;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
