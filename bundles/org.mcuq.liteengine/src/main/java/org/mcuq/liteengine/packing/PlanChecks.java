package org.mcuq.liteengine.packing;

/** Argument checks shared by the packing records, with messages that say how to fix the input. */
final class PlanChecks {
    static final int MIN_BITS = 1;
    static final int MAX_BITS = 8;

    private PlanChecks() {
    }

    static void requireBits(String operand, int bits) {
        if (bits < MIN_BITS || bits > MAX_BITS) {
            throw new PackingException(operand + " bit width " + bits + " is outside " + MIN_BITS + ".." + MAX_BITS
                    + "; LiteEngine packs 1- to 8-bit operands, quantize the layer to 8 bits or fewer");
        }
    }

    static void requirePositive(String what, int value) {
        if (value < 1) {
            throw new PackingException(what + " must be at least 1, got " + value);
        }
    }

    static void requireNonNull(Object value, String what) {
        if (value == null) {
            throw new PackingException(what + " must be given, got null");
        }
    }
}
