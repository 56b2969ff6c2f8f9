package org.mcuq.liteengine.quant.internal;

/** Bit width and signedness chosen for one layer's output tensor, before its step is known. */
public record TensorPlan(int bits, boolean signed) {

    /**
     * Number of positive integer levels a clipping threshold is spread over: {@code 2^b - 1} unsigned,
     * {@code 2^(b-1) - 1} signed (at least 1, so a signed 1- or 2-bit tensor has step = threshold).
     */
    public int positiveLevels() {
        return signed ? Math.max(1, (1 << (bits - 1)) - 1) : (1 << bits) - 1;
    }
}
