package org.mcuq.liteengine.codegen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mcuq.liteengine.packing.MultiplyKind;
import org.mcuq.liteengine.packing.OperandEncoding;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.packing.SignHandling;

/**
 * The flash format of a packed plan's weight words: k register words share one 32-bit flash word. The bits a
 * register word can use form the mask M (each field's b bits at its place); flash word D holds register word t
 * rotated left by r_t, the rotated masks being disjoint, so the kernel gets it back with one AND of a rotated
 * operand: {@code ror(D, r_t) & M}. Fields hold non-negative codes: the offset codes of offset plans, and for
 * signed-field plans the values plus 2^(b-1), so the word is U = R + C with C the offsets' word. The kernel then
 * multiplies U and starts each run at its usual value minus the run's sum of column words times C, which the
 * column builder computes once per column; that is exact because the accumulator is linear in the weight word
 * when U and C are the values the multiply sees (32-bit wrapping products, or 16-bit halves below 2^15).
 * UMLAL plans keep the register format: their 2x2 blocks hold eight accumulator registers, and the mask and the
 * unpacked words make GCC spill them (measured on the M4: 1.43 -> 2.40 instructions per MAC for the 3x3 conv).
 *
 * @param perWord    k, register words per flash word
 * @param mask       M
 * @param offsetWord C (0 for offset plans)
 * @param rotations  r_t for t = 0..k-1, r_0 = 0
 */
public record DenseStore(int perWord, int mask, int offsetWord, int[] rotations) {

    /** The register-format store: one register word per flash word. */
    static final DenseStore REGISTER = new DenseStore(1, -1, 0, new int[] {0});

    /** The densest store for the plan, or empty when the register format must stay (see the class comment). */
    static Optional<DenseStore> of(PackingPlan plan) {
        if (plan.kind() == MultiplyKind.UMLAL64) {
            return Optional.empty();
        }
        OperandEncoding e = plan.encoding();
        boolean signed = plan.signHandling() == SignHandling.SIGNED_FIELDS;
        int low = Math.min(e.weightField(e.minWeight()), e.weightField(e.maxWeight()));
        int high = Math.max(e.weightField(e.minWeight()), e.weightField(e.maxWeight()));
        int offset = signed ? Math.max(0, -low) : 0;
        if (low + offset < 0) {
            return Optional.empty();
        }
        int width = 32 - Integer.numberOfLeadingZeros(high + offset);
        long mask = 0;
        long offsets = 0;
        for (int s = 0; s < plan.kind().segments(); s++) {
            for (int i = 0; i < plan.operandsPerSegment(); i++) {
                int at = s * plan.kind().segmentBits() + i * plan.fieldSpacing();
                mask |= ((1L << width) - 1) << at;
                offsets += (long) offset << at;
            }
        }
        if (mask >>> 32 != 0 || offset != 0 && !linear(plan, (1L << width) - 1)) {
            return Optional.empty();
        }
        int[] rotations = rotations((int) mask);
        if (rotations.length < 2 || plan.maxAccumulations() < rotations.length) {
            return Optional.empty();
        }
        return Optional.of(new DenseStore(rotations.length, (int) mask, (int) offsets, rotations));
    }

    /** Whether the multiply sees U as its true value: a 32-bit wrapping MUL, or SMLAD halves below 2^15. */
    private static boolean linear(PackingPlan plan, long fieldMax) {
        if (plan.kind() == MultiplyKind.MUL32) {
            return true;
        }
        if (plan.kind() != MultiplyKind.SMLAD) {
            return false;
        }
        long half = 0;
        for (int i = 0; i < plan.operandsPerSegment(); i++) {
            half += fieldMax << (i * plan.fieldSpacing());
        }
        return half < 1L << 15;
    }

    /** Greedy: every rotation whose rotated mask misses all taken bits, smallest first. */
    private static int[] rotations(int mask) {
        List<Integer> taken = new ArrayList<>();
        int used = 0;
        for (int r = 0; r < 32; r++) {
            int rotated = Integer.rotateLeft(mask, r);
            if ((rotated & used) == 0) {
                taken.add(r);
                used |= rotated;
            }
        }
        return taken.stream().mapToInt(Integer::intValue).toArray();
    }

    public boolean dense() {
        return perWord > 1;
    }

    /** Whether runs start from per-column values (signed fields stored with an offset). */
    public boolean corrected() {
        return offsetWord != 0;
    }

    /** Register words (in register format, padded with zero words to a multiple of k) as flash words. */
    int[] store(int[] registerWords, boolean signedHalves) {
        int[] words = new int[(registerWords.length + perWord - 1) / perWord];
        for (int j = 0; j < registerWords.length; j++) {
            int u = offsetWord == 0 ? registerWords[j] : shift(registerWords[j], signedHalves);
            if ((u & ~mask) != 0) {
                throw new IllegalStateException(String.format("weight word 0x%08x has bits outside mask 0x%08x",
                        u, mask));
            }
            words[j / perWord] |= Integer.rotateLeft(u, rotations[j % perWord]);
        }
        return words;
    }

    /** U = R + C, per 16-bit half for SMLAD words. */
    private int shift(int word, boolean halves) {
        if (!halves) {
            return word + offsetWord;
        }
        int low = (word + offsetWord) & 0xFFFF;
        int high = ((word >>> 16) + (offsetWord >>> 16)) & 0xFFFF;
        return low | high << 16;
    }

    /** The C expression of register word t of flash word {@code d}. */
    String unpack(String d, int t) {
        int r = rotations[t];
        String rotated = r == 0 ? d : "((" + d + " >> " + r + ") | (" + d + " << " + (32 - r) + "))";
        return "(" + rotated + " & " + String.format("0x%08xu", mask) + ")";
    }
}
