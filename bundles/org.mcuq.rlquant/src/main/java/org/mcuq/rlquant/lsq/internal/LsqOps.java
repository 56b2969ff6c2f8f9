package org.mcuq.rlquant.lsq.internal;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.controlflow.compat.StopGradient;

/**
 * SameDiff building blocks of LSQ fake quantization. A straight-through construct has the form
 * {@code u + stop(f(u) - u)}: the forward value is exactly {@code f(u)} (both floating-point operations are exact
 * for rounding residuals) and the gradient is that of {@code u}.
 * <p>
 * Rounding agrees with the integer engine: codes use round half to even ({@code Math.rint}), averages round half
 * away from zero ({@code roundedDivide}). ND4J's {@code rint} op has no gradient definition in 1.0.0-M2.1 (SameDiff
 * refuses to differentiate a graph containing it, even behind a stop-gradient) and its {@code round} rounds half
 * away from zero, so half-to-even uses the float32 addition of {@code 1.5 * 2^23}, whose rounding is to nearest
 * even. Every operation on an activation-sized tensor costs a forward and several backward kernels, so the
 * constructs here use as few as possible.
 */
public final class LsqOps {

    private static final double ROUNDING_OFFSET = 1.5 * (1 << 23);

    private LsqOps() {
    }

    /** Forward value {@code x}, no gradient. */
    public static SDVariable stop(SDVariable x) {
        return new StopGradient(x.getSameDiff(), x).outputVariable();
    }

    /**
     * Forward value {@code forward}, gradient of {@code u}. Exact when {@code forward} is {@code u} rounded to an
     * integer: then {@code forward - u} is exact (Sterbenz) and so is adding it back.
     */
    public static SDVariable straightThrough(SDVariable u, SDVariable forward) {
        return u.add(stop(forward.sub(u)));
    }

    /** Forward value {@code s} exactly, gradient multiplied by {@code g} (LSQ's gradient scale). */
    public static SDVariable scaleGradient(SDVariable s, double g) {
        SDVariable scaled = s.mul(g);
        return stop(s).add(scaled.sub(stop(scaled)));
    }

    /**
     * Round half to even, exact for {@code |u| < 2^22}: {@code u + 1.5 * 2^23} lies where float32 values are the
     * integers, so the addition rounds {@code u} to the nearest integer, ties to even, and the subtraction is exact.
     */
    public static SDVariable roundHalfEven(SDVariable u) {
        return u.add(ROUNDING_OFFSET).sub(ROUNDING_OFFSET);
    }

    /**
     * LSQ integer codes of {@code v} with step {@code s} (already gradient-scaled, broadcastable against
     * {@code v}): {@code rint(clip(v / s, min, max))} with a straight-through rounding, so the gradient is that of
     * the clipped quotient. Binary ranges give {@code v >= 0 ? +1 : -1} with the gradient of
     * {@code clip(v / s, -1, 1)}.
     */
    public static SDVariable codes(SDVariable v, SDVariable s, QuantRange range) {
        SDVariable quotient = v.mul(v.getSameDiff().math().reciprocal(s));
        return range.binary() ? binaryCodes(v, quotient) : codes(quotient, range);
    }

    /** Codes of a quotient {@code u = v / s} computed by the caller: {@code rint(clip(u, min, max))}. */
    public static SDVariable codes(SDVariable u, QuantRange range) {
        SDVariable clipped = u.getSameDiff().math().clipByValue(u, range.min(), range.max());
        return straightThrough(clipped, roundHalfEven(clipped));
    }

    /** LSQ's fake quantizer {@code v_hat = codes(v, s') * s'} with {@code s' = scaleGradient(s, g)}. */
    public static SDVariable fakeQuantize(SDVariable v, SDVariable s, QuantRange range, double g) {
        SDVariable scaled = scaleGradient(s, g);
        return codes(v, scaled, range).mul(scaled);
    }

    /** Round half away from zero with a straight-through gradient, the engine's rounding of averages. */
    public static SDVariable roundHalfAwayStraightThrough(SDVariable u) {
        return straightThrough(u, u.getSameDiff().math().round(u));
    }

    /**
     * {@code v >= 0 ? +1 : -1} ({@code WeightFormat}'s binary weights, +1 at zero) with the gradient of
     * {@code clip(v / s, -1, 1)}, as {@code stop(sign) + (u - stop(u))}, exact for any distance between the two.
     */
    private static SDVariable binaryCodes(SDVariable v, SDVariable quotient) {
        SDVariable clipped = v.getSameDiff().math().clipByValue(quotient, -1, 1);
        SDVariable negative = v.getSameDiff().math().step(v.neg(), 0.0);
        SDVariable sign = negative.mul(-2.0).add(1.0);
        return stop(sign).add(clipped.sub(stop(clipped)));
    }
}
