package org.mcuq.liteengine.quant;

/**
 * How weights are quantized: symmetric, per output channel, zero point 0, value {@code q * step}.
 * <ul>
 * <li>2..8 bits: {@code q = clamp(rint(w / step), -2^(b-1), 2^(b-1) - 1)} (LSQ's signed range).</li>
 * <li>1 bit: binary weights {@code q = (w >= 0) ? +1 : -1}, i.e. the values {@code -step} and {@code +step}.
 * Packed kernels store the bit {@code (q + 1) / 2}.</li>
 * </ul>
 * A training loop that should match the engine (LSQ in RLQuant) must fake-quantize weights with exactly these
 * functions.
 */
public final class WeightFormat {

    private WeightFormat() {
    }

    /** Smallest integer weight at {@code bits}. */
    public static int min(int bits) {
        LayerBits.requireBits("weight", bits);
        return bits == 1 ? -1 : -(1 << (bits - 1));
    }

    /** Largest integer weight at {@code bits}. */
    public static int max(int bits) {
        LayerBits.requireBits("weight", bits);
        return bits == 1 ? 1 : (1 << (bits - 1)) - 1;
    }

    /**
     * Positive levels a calibrated step spreads the clipping threshold over: {@code 2^(b-1) - 1} for b >= 2, so the
     * threshold maps to the largest positive integer; unused for 1 bit, whose step is the mean magnitude.
     */
    public static int positiveLevels(int bits) {
        return Math.max(1, max(bits));
    }

    /** The integer weight for {@code w} with step {@code step} at {@code bits}. */
    public static int quantize(float w, float step, int bits) {
        if (bits == 1) {
            return w >= 0f ? 1 : -1;
        }
        return (int) Math.min(Math.max(Math.rint((double) w / step), min(bits)), max(bits));
    }

    /** The real weight {@code q * step}. */
    public static float dequantize(int q, float step) {
        return q * step;
    }
}
