package org.mcuq.liteengine.quant;

/**
 * The integer primitives of the LiteEngine arithmetic, each of which the generated C reproduces exactly (see
 * {@code docs/liteengine-arithmetic.md}). Shifts are arithmetic ({@code >>} of a signed value, which GCC and
 * Clang define as sign-extending); no operation here overflows for the operand ranges stated.
 */
public final class IntegerArithmetic {

    private IntegerArithmetic() {
    }

    /**
     * {@code value / 2^shift} rounded half up (towards plus infinity at exact halves):
     * {@code (value + 2^(shift-1)) >> shift}. Requires {@code 1 <= shift <= 62} and {@code |value| < 2^62}.
     */
    public static long roundingShiftRight(long value, int shift) {
        return (value + (1L << (shift - 1))) >> shift;
    }

    /**
     * Requantizes an int32 accumulator: {@code roundingShiftRight((int64) acc * multiplier, shift)}. The product
     * of an int32 and a multiplier below 2^31 stays below 2^62 in magnitude.
     */
    public static long requantize(int accumulator, int multiplier, int shift) {
        return roundingShiftRight((long) accumulator * multiplier, shift);
    }

    /** {@code value} limited to {@code [low, high]}. */
    public static int clamp(long value, int low, int high) {
        return (int) Math.min(Math.max(value, low), high);
    }

    /**
     * {@code sum / count} rounded half away from zero using only truncating division of non-negative numbers:
     * {@code sum >= 0 ? (sum + count/2) / count : -((count/2 - sum) / count)}. Requires {@code count >= 1} and
     * {@code |sum| + count/2 < 2^31}.
     */
    public static int roundedDivide(int sum, int count) {
        int half = count / 2;
        return sum >= 0 ? (sum + half) / count : -((half - sum) / count);
    }
}
