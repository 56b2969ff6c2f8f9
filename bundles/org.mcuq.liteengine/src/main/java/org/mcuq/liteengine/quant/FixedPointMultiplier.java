package org.mcuq.liteengine.quant;

/**
 * A positive real factor {@code M ~ multiplier / 2^shift} applied to an int32 value {@code v} as
 * {@code IntegerArithmetic.roundingShiftRight((int64) v * multiplier, shift)}, i.e. one 32x32->64 multiply and
 * one rounding right shift. {@link #of} normalises {@code multiplier} into {@code [2^30, 2^31)} (31 significant
 * bits) when the shift allows; {@code shift} lies in {@code [1, 62]}.
 */
public record FixedPointMultiplier(int multiplier, int shift) {

    /** Largest allowed total right shift: keeps {@code 2^(shift-1)} and the rounding sum inside int64. */
    public static final int MAX_SHIFT = 62;

    public FixedPointMultiplier {
        if (multiplier < 0 || shift < 1 || shift > MAX_SHIFT) {
            throw new IllegalArgumentException("A fixed-point multiplier needs multiplier >= 0 and 1 <= shift <= "
                    + MAX_SHIFT + ", got " + multiplier + " and " + shift + ".");
        }
    }

    /**
     * The closest representation of {@code real} (with {@code Math.round}, computed once here and emitted as
     * constants). Factors below {@code 2^-32} lose significant bits to the shift limit; tiny ones become 0.
     *
     * @throws IllegalArgumentException if {@code real} is not a positive number below {@code 2^30}
     */
    public static FixedPointMultiplier of(double real) {
        if (!(real > 0 && Math.round(real * 2) < 1L << 31)) {
            throw new IllegalArgumentException("A requantization factor must lie in (0, 2^30) but is " + real + ".");
        }
        int shift = 30 - Math.getExponent(real);
        if (shift > MAX_SHIFT) {
            return new FixedPointMultiplier((int) Math.round(Math.scalb(real, MAX_SHIFT)), MAX_SHIFT);
        }
        long m = Math.round(Math.scalb(real, shift));
        if (m == 1L << 31) {
            return new FixedPointMultiplier(1 << 30, shift - 1);
        }
        return new FixedPointMultiplier((int) m, shift);
    }

    /** {@code real} as a multiplier over a given {@code shift}: {@code Math.round(real * 2^shift)}. */
    public static FixedPointMultiplier withShift(double real, int shift) {
        long m = Math.round(Math.scalb(real, shift));
        if (m >= 1L << 31) {
            throw new IllegalArgumentException("The factor " + real + " needs more than 31 bits over a shift of "
                    + shift + ".");
        }
        return new FixedPointMultiplier((int) m, shift);
    }

    /** {@code value * multiplier / 2^shift}, rounded half up. */
    public long apply(int value) {
        return IntegerArithmetic.requantize(value, multiplier, shift);
    }

    /** The real factor this multiplier represents, {@code multiplier / 2^shift}. */
    public double real() {
        return Math.scalb((double) multiplier, -shift);
    }
}
