package org.mcuq.liteengine.packing;

import java.math.BigInteger;

/**
 * Where the fields of a packed product lie. Each segment multiply yields fields 0 .. 2m-2 at bits kS; field k
 * collects min(k, 2m-2-k) + 1 products per segment, and the result field is field m-1 at bit h = (m-1)S.
 */
record FieldLayout(MultiplyKind kind, int perSegment, int spacing, boolean signedFields) {

    static FieldLayout of(PackingPlan plan) {
        return new FieldLayout(plan.kind(), plan.operandsPerSegment(), plan.fieldSpacing(),
                plan.signHandling() == SignHandling.SIGNED_FIELDS);
    }

    int operandsPerMultiply() {
        return perSegment * kind.segments();
    }

    int accumulatorBits() {
        return kind.accumulatorBits();
    }

    int resultShift() {
        return (perSegment - 1) * spacing;
    }

    boolean singleField() {
        return perSegment == 1;
    }

    /** Whether fields m .. 2m-2 all lie at or above the accumulator's top bit. */
    boolean upperFieldsFallOff() {
        return (long) perSegment * spacing >= accumulatorBits();
    }

    Extraction naturalExtraction() {
        if (singleField()) {
            return Extraction.NONE;
        }
        return upperFieldsFallOff() ? Extraction.SHIFT : Extraction.SHIFT_MASK;
    }

    /** Bits the extracted result field has: everything above h, or S bits when masked. */
    int resultWidth(Extraction extraction) {
        int above = accumulatorBits() - resultShift();
        return extraction == Extraction.SHIFT_MASK ? Math.min(spacing, above) : above;
    }

    /** Initial accumulator value: 2^(h-1) for signed fields so the final shift rounds, else 0. */
    long roundingBias() {
        return signedFields && resultShift() > 0 ? 1L << (resultShift() - 1) : 0;
    }

    /** Sum over the lower fields k < m-1 of (products landing in field k per multiply) * 2^(kS). */
    BigInteger lowerFieldWeight() {
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; k < perSegment - 1; k++) {
            BigInteger products = BigInteger.valueOf((long) kind.segments() * (k + 1));
            sum = sum.add(products.shiftLeft(k * spacing));
        }
        return sum;
    }

    /** Products of the highest lower field per multiply: g(m-1). */
    int productsInTopLowerField() {
        return kind.segments() * (perSegment - 1);
    }

    /** Smallest value a segment register can hold: signed 16-bit halves, signed or unsigned 32-bit words. */
    long segmentMin() {
        boolean signedSegment = kind.segments() > 1 || signedFields;
        return signedSegment ? -(1L << (kind.segmentBits() - 1)) : 0;
    }

    long segmentMax() {
        boolean signedSegment = kind.segments() > 1 || signedFields;
        return (1L << (kind.segmentBits() - (signedSegment ? 1 : 0))) - 1;
    }

    /** Value of m fields all equal to {@code field}: field * sum_i 2^(iS). */
    BigInteger packedValue(long field) {
        BigInteger ones = BigInteger.ZERO;
        for (int i = 0; i < perSegment; i++) {
            ones = ones.add(BigInteger.ONE.shiftLeft(i * spacing));
        }
        return ones.multiply(BigInteger.valueOf(field));
    }
}
