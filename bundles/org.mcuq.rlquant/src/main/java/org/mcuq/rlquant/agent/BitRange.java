package org.mcuq.rlquant.agent;

import org.mcuq.liteengine.quant.LayerBits;

/**
 * The bit widths the agent may choose for one kind of tensor, {@code min..max} within
 * {@link LayerBits#MIN_BITS}..{@link LayerBits#MAX_BITS}, and HAQ's mapping between a continuous action in [0, 1]
 * and a width: {@code round((max - min + 1) a + min - 0.5)}, clamped to the range.
 */
public record BitRange(int min, int max) {

    /** 1..8 bits. */
    public static final BitRange DEFAULT = new BitRange(LayerBits.MIN_BITS, LayerBits.MAX_BITS);

    public BitRange {
        if (min < LayerBits.MIN_BITS || max > LayerBits.MAX_BITS || min > max) {
            throw new IllegalArgumentException("A bit range must satisfy " + LayerBits.MIN_BITS + " <= min <= max <= "
                    + LayerBits.MAX_BITS + ", got " + min + ".." + max + ".");
        }
    }

    /** The width chosen by {@code action} in [0, 1]. */
    public int bits(double action) {
        long bits = Math.round((max - min + 1) * action + min - 0.5);
        return (int) Math.max(min, Math.min(max, bits));
    }

    /** The action in the middle of the interval that maps to {@code bits}; inverse of {@link #bits(double)}. */
    public double action(int bits) {
        int clamped = Math.max(min, Math.min(max, bits));
        return (clamped - min + 0.5) / (max - min + 1);
    }

    public boolean contains(int bits) {
        return bits >= min && bits <= max;
    }

    @Override
    public String toString() {
        return min + ".." + max;
    }
}
