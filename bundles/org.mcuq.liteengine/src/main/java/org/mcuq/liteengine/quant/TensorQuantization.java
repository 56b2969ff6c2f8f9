package org.mcuq.liteengine.quant;

/**
 * How one activation tensor is stored: integers {@code q} in {@link #min()}..{@link #max()} standing for
 * {@code q * step}. The zero point is always 0. Unsigned tensors hold {@code 0 .. 2^bits - 1}; signed tensors hold
 * {@code -2^(bits-1) .. 2^(bits-1) - 1} (LSQ's range; a signed 1-bit tensor holds {-1, 0}).
 */
public record TensorQuantization(int bits, boolean signed, float step) {

    public TensorQuantization {
        LayerBits.requireBits("activation", bits);
        if (!(step > 0f) || Float.isInfinite(step)) {
            throw new IllegalArgumentException("A tensor's step size must be a positive, finite number but is "
                    + step + ".");
        }
    }

    /** Smallest stored integer. */
    public int min() {
        return signed ? -(1 << (bits - 1)) : 0;
    }

    /** Largest stored integer. */
    public int max() {
        return signed ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
    }

    /** Always 0: activations are symmetric or unsigned. */
    public int zeroPoint() {
        return 0;
    }

    /** Largest magnitude of a stored integer, {@code max(|min|, |max|)}. */
    public int maxMagnitude() {
        return Math.max(-min(), max());
    }

    /**
     * {@code clamp(rint(x / step), min, max)}: round half to even of the double quotient, as LSQ's
     * {@code round} does.
     */
    public int quantize(float x) {
        return (int) Math.min(Math.max(Math.rint((double) x / step), min()), max());
    }

    /** {@link #quantize(float)} of every element; rejects NaN and infinite values. */
    public int[] quantize(float[] x) {
        int[] q = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!Float.isFinite(x[i])) {
                throw new IllegalArgumentException("Cannot quantize element " + i + ": it is " + x[i] + ".");
            }
            q[i] = quantize(x[i]);
        }
        return q;
    }

    /** The real value {@code q * step}. */
    public float dequantize(int q) {
        return q * step;
    }

    /** {@link #dequantize(int)} of every element. */
    public float[] dequantize(int[] q) {
        float[] x = new float[q.length];
        for (int i = 0; i < q.length; i++) {
            x[i] = dequantize(q[i]);
        }
        return x;
    }

    /** True if {@code q} lies in {@code [min, max]}. */
    public boolean contains(int q) {
        return q >= min() && q <= max();
    }

    @Override
    public String toString() {
        return (signed ? "int" : "uint") + bits + " step " + step;
    }
}
