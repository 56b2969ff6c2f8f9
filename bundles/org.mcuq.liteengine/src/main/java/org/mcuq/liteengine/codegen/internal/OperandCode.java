package org.mcuq.liteengine.codegen.internal;

import java.util.function.IntFunction;

import org.mcuq.liteengine.packing.Extraction;
import org.mcuq.liteengine.packing.MultiplyKind;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.packing.SignHandling;

/**
 * The C expressions of a packed plan's register arithmetic, the same operations RegisterSimulator performs:
 * operand words built from fields (activations in order, each segment a 16-bit half for SMLAD), the wrapping
 * multiply-accumulate, the start value of a run (the rounding bias 2^(h-1) for signed fields) and the extraction
 * of the result field at bit h = (m-1)S, by shift (and mask or sign extension).
 */
public final class OperandCode {

    private final PackingPlan plan;
    private final boolean signedFields;

    public OperandCode(PackingPlan plan) {
        this.plan = plan;
        this.signedFields = plan.signHandling() == SignHandling.SIGNED_FIELDS;
    }

    public String accumulatorType() {
        return switch (plan.kind()) {
            case MUL32 -> "uint32_t";
            case SMLAD, SMLAD_UNPACKED -> "int32_t";
            case UMLAL64 -> signedFields ? "int64_t" : "uint64_t";
        };
    }

    public String start() {
        long bias = signedFields && shift() > 0 ? 1L << (shift() - 1) : 0;
        return switch (plan.kind()) {
            case MUL32 -> bias + "u";
            case SMLAD, SMLAD_UNPACKED -> Long.toString(bias);
            case UMLAL64 -> "(" + accumulatorType() + ")" + bias;
        };
    }

    /** {@code acc} plus the product of activation word {@code x} and weight word {@code w}. */
    public String multiplyAccumulate(String acc, String x, String w) {
        return switch (plan.kind()) {
            case MUL32 -> acc + " + " + x + " * " + w;
            case SMLAD, SMLAD_UNPACKED -> "le_smlad(" + x + ", " + w + ", " + acc + ")";
            case UMLAL64 -> signedFields ? acc + " + (int64_t)(int32_t)" + x + " * (int32_t)" + w
                    : acc + " + (uint64_t)" + x + " * " + w;
        };
    }

    /** The extracted result field of {@code acc} as an int32_t expression. */
    public String extract(String acc) {
        int bits = plan.kind().accumulatorBits();
        int width = resultWidth();
        int h = shift();
        String word = bits == 32 ? "(" + (signedFields ? "int32_t" : "uint32_t") + ")" + acc : acc;
        if (!signedFields) {
            String shifted = "(" + word + " >> " + h + ")";
            String masked = width >= bits - h ? shifted : "(" + shifted + " & " + mask(width, bits) + ")";
            return "(int32_t)" + masked;
        }
        if (width >= bits - h) {
            return "(int32_t)(" + word + " >> " + h + ")";
        }
        String unsigned = bits == 32 ? "uint32_t" : "uint64_t";
        String signed = bits == 32 ? "int32_t" : "int64_t";
        return "(int32_t)((" + signed + ")((" + unsigned + ")" + word + " << " + (bits - h - width) + ") >> "
                + (bits - width) + ")";
    }

    /** The fields {@code f[0..n-1]} as one operand word. */
    public String packWord(String f) {
        return packWord(i -> f + "[" + i + "]");
    }

    /** The n fields named by {@code field.apply(0..n-1)} as one operand word. */
    public String packWord(IntFunction<String> field) {
        int m = plan.operandsPerSegment();
        if (plan.kind().segments() == 1) {
            return segment(field, 0, m);
        }
        return "((" + segment(field, 0, m) + ") & 0xFFFFu) | ((" + segment(field, m, m) + ") << 16)";
    }

    private String segment(IntFunction<String> f, int start, int m) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < m; i++) {
            String field = "(uint32_t)" + f.apply(start + i);
            text.append(i == 0 ? "" : " + ").append(i == 0 ? field : "(" + field + " << " + i * plan.fieldSpacing()
                    + ")");
        }
        return text.toString();
    }

    private int shift() {
        return plan.resultFieldShift();
    }

    private int resultWidth() {
        int above = plan.kind().accumulatorBits() - shift();
        return plan.extraction() == Extraction.SHIFT_MASK ? Math.min(plan.fieldSpacing(), above) : above;
    }

    private static String mask(int width, int bits) {
        long value = (1L << width) - 1;
        return bits == 64 ? String.format("0x%xull", value) : String.format("0x%xu", value);
    }
}
