package org.mcuq.liteengine.quant;

/**
 * Bit widths of one layer with weights: {@code weightBits} for its weights, {@code activationBits} for its output
 * tensor. Both lie in 1..8.
 */
public record LayerBits(int weightBits, int activationBits) {

    /** Narrowest supported width. */
    public static final int MIN_BITS = 1;

    /** Widest supported width. */
    public static final int MAX_BITS = 8;

    public LayerBits {
        requireBits("weight", weightBits);
        requireBits("activation", activationBits);
    }

    static void requireBits(String what, int bits) {
        if (bits < MIN_BITS || bits > MAX_BITS) {
            throw new IllegalArgumentException(what + " bits must lie in " + MIN_BITS + ".." + MAX_BITS + " but are "
                    + bits + ".");
        }
    }

    @Override
    public String toString() {
        return "W" + weightBits + "A" + activationBits;
    }
}
