package org.mcuq.liteengine.packing;

/**
 * Packs field values into 32-bit operand words exactly as the generated C does with uint32_t arithmetic.
 * Multiply j takes fields [jn, (j+1)n); segment s of it takes m of them. Activations are packed in order,
 * A = sum a_i 2^(iS), weights in reverse, B = sum w_(m-1-i) 2^(iS), so the product's field m-1 is their dot
 * product. SMLAD words hold segment 0 in the low and segment 1 in the high half, each truncated to 16 bits.
 */
final class OperandPacker {
    private final MultiplyKind kind;
    private final int perSegment;
    private final int spacing;

    OperandPacker(PackingPlan plan) {
        this.kind = plan.kind();
        this.perSegment = plan.operandsPerSegment();
        this.spacing = plan.fieldSpacing();
    }

    int[] pack(int[] fields, boolean reversed) {
        int n = perSegment * kind.segments();
        int[] words = new int[fields.length / n];
        for (int j = 0; j < words.length; j++) {
            words[j] = word(fields, j * n, reversed);
        }
        return words;
    }

    private int word(int[] fields, int start, boolean reversed) {
        if (kind.segments() == 1) {
            return (int) segment(fields, start, reversed);
        }
        int low = (int) segment(fields, start, reversed) & 0xFFFF;
        int high = (int) segment(fields, start + perSegment, reversed) & 0xFFFF;
        return low | high << 16;
    }

    private long segment(int[] fields, int start, boolean reversed) {
        long value = 0;
        for (int i = 0; i < perSegment; i++) {
            int index = reversed ? start + perSegment - 1 - i : start + i;
            value += (long) fields[index] << (i * spacing);
        }
        return value;
    }
}
