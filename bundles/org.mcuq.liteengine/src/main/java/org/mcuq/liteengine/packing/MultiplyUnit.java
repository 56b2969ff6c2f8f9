package org.mcuq.liteengine.packing;

/**
 * The exact, wrapping semantics of the multiply instructions and of result-field extraction. Accumulators are
 * held in a long; 32-bit kinds keep only the low 32 bits (sign-extended).
 */
final class MultiplyUnit {
    private final MultiplyKind kind;
    private final FieldLayout layout;
    private final Extraction extraction;

    MultiplyUnit(PackingPlan plan) {
        this.kind = plan.kind();
        this.layout = FieldLayout.of(plan);
        this.extraction = plan.extraction();
    }

    /** The accumulator value a run starts from: the rounding bias for signed fields, else 0. */
    long start() {
        return layout.roundingBias();
    }

    long multiplyAccumulate(long acc, int a, int b) {
        return switch (kind) {
            case MUL32 -> (int) acc + a * b;
            case UMLAL64 -> layout.signedFields() ? acc + (long) a * b
                    : acc + (a & 0xFFFF_FFFFL) * (b & 0xFFFF_FFFFL);
            case SMLAD, SMLAD_UNPACKED -> (int) acc + (short) a * (short) b + (a >> 16) * (b >> 16);
        };
    }

    /** Takes the result field out of the accumulator: shift, then mask (unsigned) or sign-extend (signed). */
    int extract(long acc) {
        boolean signed = layout.signedFields();
        long word = acc;
        if (layout.accumulatorBits() == 32) {
            word = signed ? (int) acc : acc & 0xFFFF_FFFFL;
        }
        long shifted = signed ? word >> layout.resultShift() : word >>> layout.resultShift();
        int width = layout.resultWidth(extraction);
        if (width >= 64) {
            return (int) shifted;
        }
        long field = signed ? shifted << (64 - width) >> (64 - width) : shifted & ((1L << width) - 1);
        return (int) field;
    }
}
