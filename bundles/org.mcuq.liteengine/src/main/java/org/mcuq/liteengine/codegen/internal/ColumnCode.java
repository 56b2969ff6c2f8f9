package org.mcuq.liteengine.codegen.internal;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.packing.RegisterSimulator;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * The C that builds a kernel's im2col columns (see {@link DotLayout} for the formats): the padding and in-bounds
 * parts of {@code gather}, an optional packing step, and the scratch pointers.
 */
final class ColumnCode {

    private static final String INDENT = "                ";

    private final DotLayout layout;
    private final ConvGeometry g;
    private final PackingPlan plan;
    private final TensorQuantization input;
    private final int za;
    private final boolean sum;

    ColumnCode(DotLayout layout, ConvGeometry g, PackingPlan plan, TensorQuantization input) {
        this.layout = layout;
        this.g = g;
        this.plan = plan;
        this.input = input;
        this.za = layout.kind() == KernelKind.DOT_PACKED ? plan.encoding().activationZeroPoint() : 0;
        this.sum = layout.kind() == KernelKind.DOT_PACKED && plan.encoding().weightZeroPoint() != 0
                || layout.laneBits() > 0;
    }

    void fill(Template t) {
        t.with("ZA", za).with("GATHER_TYPE", wordColumn() ? "le_word" : "le_i16")
                .with("COLUMN_FORMAT", format()).with("PAD_CODE", pad()).with("COPY", copy())
                .with("TAIL_CODE", tail()).with("COLUMN_FUNCTION", packFunction()).with("COLUMN_DECLS", declarations())
                .with("COLUMN0", column("p", "col0")).with("COLUMN1", column("p + 1u", "col1"));
    }

    private boolean packed() {
        return layout.kind() == KernelKind.DOT_PACKED;
    }

    /** Whether gather writes 32-bit words (direct paths) rather than int16 fields. */
    private boolean wordColumn() {
        return layout.direct();
    }

    private String format() {
        if (packed()) {
            return layout.direct() ? "packed straight into " + layout.words() + " operand words, each pixel's "
                    + layout.chunk() + " channels filling whole words (completed with raw zero fields), "
                    + DotLayout.groupFields(plan.operandsPerMultiply(), input.bits()) + " fields per group of input bytes"
                    : "as int16 fields, then zero fields up to " + layout.paddedLength();
        }
        return layout.direct() ? "as int16 pairs (x0, x2), (x1, x3) of every 4 values, by " + extend()
                : "as int16 values, then zeros up to " + layout.paddedLength();
    }

    private String pad() {
        int c = g.in().channels();
        String sumLine = sum ? "\n" + INDENT + "sum += " + za * c + ";" : "";
        if (!layout.direct()) {
            return INDENT + "for (uint32_t ic = 0u; ic < " + c + "u; ic++) {\n" + INDENT + "    *f++ = " + za + ";\n"
                    + INDENT + "}" + sumLine;
        }
        if (!packed()) {
            return INDENT + "for (uint32_t w = 0u; w < " + c / 2 + "u; w++) {\n" + INDENT + "    *f++ = 0u;\n"
                    + INDENT + "}";
        }
        StringBuilder text = new StringBuilder();
        for (int word : paddingChunk()) {
            text.append(INDENT).append(String.format("*f++ = 0x%08xu;%n", word));
        }
        return text.toString().stripTrailing() + sumLine;
    }

    /** The operand words of a padding pixel's chunk (values 0, fields za), as the register simulator packs them. */
    private int[] paddingChunk() {
        return new RegisterSimulator(plan).packedActivations(new int[g.in().channels()]);
    }

    private String copy() {
        if (!layout.direct()) {
            return stagedCopy();
        }
        return packed() ? groupCopy() : pairCopy();
    }

    private String stagedCopy() {
        int c = g.in().channels();
        String bits = input.bits() + "u";
        String signed = LayerContext.signedFlag(input);
        String indent = "            ";
        if (c * input.bits() % 8 == 0) {
            return indent + (sum ? "sum += " : "") + "le_unpack(x, base, " + c + "u, " + bits + ", " + signed + ", "
                    + za + ", " + (sum ? 1 : 0) + ", f);\n" + indent + "f += " + c + ";";
        }
        return indent + "for (uint32_t ic = 0u; ic < " + c + "u; ic++) {\n" + indent + "    const int32_t v = le_get(x,"
                + " base + ic, " + bits + ", " + signed + ") + " + za + ";\n" + indent + "    *f++ = (int16_t)v;\n"
                + (sum ? indent + "    sum += v;\n" : "") + indent + "}";
    }

    /** 8-bit input, 4 channels per word: two XTB16 instructions give the column's two int16 pairs. */
    private String pairCopy() {
        String indent = "            ";
        return indent + "const le_uword *q = (const le_uword *)(x + base);\n"
                + indent + "for (uint32_t w = 0u; w < " + g.in().channels() / 4 + "u; w++) {\n"
                + indent + "    const uint32_t v = q[w];\n"
                + indent + "    f[0] = le_" + extend() + "(v);\n"
                + indent + "    f[1] = le_" + extend() + "_ror8(v);\n"
                + (sum ? indent + "    sum = le_smlad(f[0], 0x00010001u, le_smlad(f[1], 0x00010001u, sum));\n" : "")
                + indent + "    f += 2;\n" + indent + "}";
    }

    private String extend() {
        return input.signed() ? "sxtb16" : "uxtb16";
    }

    /**
     * L fields from B whole bytes into L / n operand words, unrolled, for every whole group of the pixel's
     * channels; then the remaining channels, their last word completed with raw zero fields.
     */
    private String groupCopy() {
        int fields = DotLayout.groupFields(plan.operandsPerMultiply(), input.bits());
        int channels = g.in().channels();
        StringBuilder c = new StringBuilder("            const uint8_t *q = x + ((base * " + input.bits()
                + "u) >> 3);\n");
        if (channels >= fields) {
            c.append("            for (uint32_t group = 0u; group < ").append(channels / fields)
                    .append("u; group++, q += ").append(fields * input.bits() / 8).append(") {\n")
                    .append(group(fields, "                ")).append("            }\n");
        }
        if (channels % fields != 0) {
            c.append("            {\n").append(group(channels % fields, "                ")).append("            }\n");
        }
        return c.toString().stripTrailing();
    }

    /** Code for {@code count} fields starting at byte q into whole words at f, which then advances. */
    private String group(int count, String indent) {
        int n = plan.operandsPerMultiply();
        StringBuilder c = new StringBuilder(indent).append("const uint32_t v = ")
                .append(bytesOf(count * input.bits() / 8)).append(";\n");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("f" + i);
            c.append(indent).append("const int32_t f").append(i).append(" = ").append(field(i)).append(";\n");
        }
        OperandCode code = new OperandCode(plan);
        int words = (count + n - 1) / n;
        for (int w = 0; w < words; w++) {
            int first = w * n;
            c.append(indent).append("f[").append(w).append("] = ")
                    .append(code.packWord(i -> first + i < count ? names.get(first + i) : "0")).append(";\n");
        }
        if (sum) {
            c.append(indent).append("sum += ").append(String.join(" + ", names)).append(";\n");
        }
        return c.append(indent).append("f += ").append(words).append(";\n").toString();
    }

    private static String bytesOf(int bytes) {
        StringBuilder v = new StringBuilder("(uint32_t)q[0]");
        for (int b = 1; b < bytes; b++) {
            v.append(" | (uint32_t)q[").append(b).append("] << ").append(8 * b);
        }
        return v.toString();
    }

    /** Field i of the group register v: its bits, sign-extended for signed input, plus the zero point. */
    private String field(int i) {
        int bits = input.bits();
        int low = i * bits;
        String value = input.signed() ? "((int32_t)(v << " + (32 - low - bits) + ") >> " + (32 - bits) + ")"
                : "(int32_t)((v >> " + low + ") & " + ((1 << bits) - 1) + "u)";
        return za == 0 ? value : value + " + " + za;
    }

    private String tail() {
        if (layout.direct()) {
            return packed() || layout.paddedLength() == layout.length() ? "" : "    for (uint32_t k = "
                    + layout.length() / 2 + "u; k < " + layout.paddedLength() / 2 + "u; k++) {\n"
                    + "        *f++ = 0u;\n    }";
        }
        return "    for (uint32_t k = " + layout.length() + "u; k < " + layout.paddedLength() + "u; k++) {\n"
                + "        *f++ = 0;\n    }";
    }

    private String packFunction() {
        return stagedPackFunction() + startsFunction();
    }

    /** For a corrected store: each run's start, the plan's start minus the run's column words times C. */
    private String startsFunction() {
        if (!packed() || !layout.store().corrected()) {
            return "";
        }
        OperandCode code = new OperandCode(plan);
        String c = String.format("0x%08xu", layout.store().offsetWord());
        int run = layout.runLength();
        return "\n/* Run starts of a column, for weight words stored with their fields' offsets " + c + ". */\n"
                + "static int32_t starts(le_word *col, int32_t sum)\n{\n"
                + "    for (uint32_t q = 0u; q < " + layout.runs() + "u; q++) {\n"
                + "        const uint32_t j1 = q * " + run + "u + " + run + "u < " + layout.loopWords() + "u ? q * "
                + run + "u + " + run + "u : " + layout.loopWords() + "u;\n"
                + "        " + code.accumulatorType() + " c = 0;\n"
                + "        for (uint32_t j = q * " + run + "u; j < j1; j++) {\n"
                + "            c = " + code.multiplyAccumulate("c", "col[j]", c) + ";\n        }\n"
                + "        col[" + layout.loopWords() + "u + q] = (uint32_t)" + code.start() + " - (uint32_t)c;\n"
                + "    }\n    return sum;\n}\n";
    }

    private String stagedPackFunction() {
        if (!packed() || layout.direct()) {
            return "";
        }
        int n = plan.operandsPerMultiply();
        return "\n/* The window of pixel p as " + layout.words() + " operand words of " + n + " fields; returns the"
                + " field sum. */\nstatic int32_t column(const uint8_t *x, uint32_t p, le_i16 *f, le_word *col)\n{\n"
                + "    const int32_t sum = gather(x, p, f);\n    for (uint32_t j = 0u; j < " + layout.words()
                + "u; j++, f += " + n + ") {\n        col[j] = " + new OperandCode(plan).packWord("f") + ";\n    }\n"
                + "    return sum;\n}\n";
    }

    private String declarations() {
        if (!packed()) {
            return "le_i16 *col0 = (le_i16 *)scratch;\n    le_i16 *col1 = col0 + " + layout.paddedLength() + "u;";
        }
        String staging = layout.direct() ? "" : "le_i16 *f = (le_i16 *)scratch;\n    ";
        String padding = layout.loopWords() == layout.words() ? "" : "\n    for (uint32_t j = " + layout.words()
                + "u; j < " + layout.loopWords() + "u; j++) {\n        col0[j] = 0u;\n        col1[j] = 0u;\n    }";
        return staging + "le_word *col0 = (le_word *)(scratch + " + layout.stagingBytes() + "u);\n"
                + "    le_word *col1 = col0 + " + layout.columnWords() + "u;" + padding;
    }

    private String column(String pixel, String col) {
        String built = builtColumn(pixel, col);
        return packed() && layout.store().corrected() ? "starts(" + col + ", " + built + ")" : built;
    }

    private String builtColumn(String pixel, String col) {
        if (packed() && !layout.direct()) {
            return "column(x, " + pixel + ", f, " + col + ")";
        }
        return layout.direct() && !packed() ? "gather(x, " + pixel + ", (le_word *)" + col + ")"
                : "gather(x, " + pixel + ", " + col + ")";
    }
}
