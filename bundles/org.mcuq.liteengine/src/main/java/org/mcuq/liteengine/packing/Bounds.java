package org.mcuq.liteengine.packing;

import java.math.BigInteger;

/** A closed integer interval [lo, hi], used for worst-case field sums and the windows they must stay in. */
record Bounds(BigInteger lo, BigInteger hi) {

    static Bounds of(long lo, long hi) {
        return new Bounds(BigInteger.valueOf(lo), BigInteger.valueOf(hi));
    }

    /** [0, 2^bits - 1], or [-2^(bits-1), 2^(bits-1) - 1] when signed. */
    static Bounds window(int bits, boolean signed) {
        if (signed) {
            BigInteger half = BigInteger.ONE.shiftLeft(bits - 1);
            return new Bounds(half.negate(), half.subtract(BigInteger.ONE));
        }
        return new Bounds(BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }

    /** This interval scaled by a non-negative factor. */
    Bounds times(BigInteger factor) {
        return new Bounds(lo.multiply(factor), hi.multiply(factor));
    }

    Bounds shiftedDown(long offset) {
        BigInteger by = BigInteger.valueOf(offset);
        return new Bounds(lo.subtract(by), hi.subtract(by));
    }

    boolean within(Bounds window) {
        return lo.compareTo(window.lo) >= 0 && hi.compareTo(window.hi) <= 0;
    }

    /**
     * Largest t >= 0 with t * this within the window (which must contain 0), or Long.MAX_VALUE when no finite
     * t breaks it.
     */
    long largestScaleWithin(Bounds window) {
        long most = Long.MAX_VALUE;
        if (hi.signum() > 0) {
            most = Math.min(most, clamp(window.hi.divide(hi)));
        }
        if (lo.signum() < 0) {
            most = Math.min(most, clamp(window.lo.negate().divide(lo.negate())));
        }
        return most;
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "]";
    }

    private static long clamp(BigInteger value) {
        return value.bitLength() < 63 ? value.longValueExact() : Long.MAX_VALUE;
    }
}
