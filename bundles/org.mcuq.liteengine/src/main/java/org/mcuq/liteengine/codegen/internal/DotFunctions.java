package org.mcuq.liteengine.codegen.internal;

import org.mcuq.liteengine.codegen.KernelKind;

/**
 * The inner dot-product blocks of a conv or dense kernel: {@code dot_RxC} computes R output channels (weight
 * rows {@code w}, {@code w + row}) against C columns (output pixels, {@code x}, {@code x + column}) and stores the
 * R x C sums in {@code r[row * C + column]}. Loop bounds and strides are the layer's constants, so each operand
 * needs one base pointer and immediate offsets.
 */
final class DotFunctions {

    /**
     * Dense SMLAD loops of at least this many words run without GCC's first scheduling pass, which hoists the
     * unpacked weights and spills registers (M4, W4A4: 3x3 conv 1.56 -> 1.48 instructions per MAC; a dense layer
     * with the row-by-row single-column loop 1.57 -> 1.35); shorter loops lose more in the surrounding code (1x1
     * conv over 32 channels: 1.84 -> 1.92).
     */
    private static final int MIN_UNSCHEDULED_WORDS = 8;

    private final DotLayout layout;
    private final OperandCode code;
    DotFunctions(DotLayout layout, OperandCode code) {
        this.layout = layout;
        this.code = code;
    }

    String all() {
        String blocks = block(2, 2) + block(1, 2) + block(4, 1) + block(1, 1);
        if (layout.laneBits() == 0 || layout.words() < MIN_UNSCHEDULED_WORDS) {
            return blocks;
        }
        return "/* GCC's first scheduling pass hoists the unpacked weights of dense words and spills registers. */\n"
                + "#pragma GCC optimize (\"no-schedule-insns\")\n\n" + blocks;
    }

    private String block(int rows, int cols) {
        StringBuilder c = new StringBuilder("LE_INLINE void dot_" + rows + "x" + cols + "(" + weightType() + " *w, "
                + columnType() + " *x, uint32_t *r)\n{\n");
        c.append(switch (layout.kind()) {
            case DOT_SMLAD -> layout.laneBits() > 0 ? lanes(rows, cols) : smlad(rows, cols);
            case DOT_PACKED -> packed(rows, cols);
            default -> plain(rows, cols);
        });
        return c.append("}\n\n").toString();
    }

    private String weightType() {
        return layout.kind() == KernelKind.DOT_PLAIN ? "const int8_t" : "const uint32_t";
    }

    private String columnType() {
        return layout.kind() == KernelKind.DOT_PACKED ? "const le_word" : "const le_i16";
    }

    private String plain(int rows, int cols) {
        StringBuilder c = new StringBuilder(accumulators("int32_t", "0", rows, cols));
        c.append("    for (uint32_t k = 0u; k < ").append(layout.length()).append("u; k++) {\n");
        for (int i = 0; i < rows; i++) {
            c.append("        const int32_t wv").append(i).append(" = w[").append(offset("k", i, rowStride()))
                    .append("];\n");
        }
        for (int j = 0; j < cols; j++) {
            c.append("        const int32_t xv").append(j).append(" = x[").append(offset("k", j, layout.paddedLength()))
                    .append("];\n");
        }
        forEach(rows, cols, (i, j) -> c.append("        a").append(i).append('_').append(j).append(" += wv")
                .append(i).append(" * xv").append(j).append(";\n"));
        return c.append("    }\n").append(results(rows, cols, "(uint32_t)a%d_%d")).toString();
    }

    private String smlad(int rows, int cols) {
        StringBuilder c = new StringBuilder(accumulators("int32_t", "0", rows, cols));
        c.append("    const le_word *xw = (const le_word *)x;\n");
        c.append("    for (uint32_t j = 0u; j < ").append(layout.words()).append("u; j++) {\n");
        for (int i = 0; i < rows; i++) {
            c.append("        const uint32_t wv").append(i).append(" = w[").append(offset("j", i, rowStride()))
                    .append("];\n").append("        const uint32_t wl").append(i).append(" = le_sxtb16(wv").append(i)
                    .append("), wh").append(i).append(" = le_sxtb16_ror8(wv").append(i).append(");\n");
        }
        for (int j = 0; j < cols; j++) {
            int words = layout.paddedLength() / 2;
            c.append("        const uint32_t xl").append(j).append(" = xw[").append(offset("2u * j", j, words))
                    .append("], xh").append(j).append(" = xw[").append(offset("2u * j + 1u", j, words))
                    .append("];\n");
        }
        forEach(rows, cols, (i, j) -> c.append(String.format(
                "        a%d_%d = le_smlad(xl%d, wl%d, a%d_%d);%n        a%d_%d = le_smlad(xh%d, wh%d, a%d_%d);%n",
                i, j, j, i, i, j, i, j, j, i, i, j)));
        return c.append("    }\n").append(results(rows, cols, "(uint32_t)a%d_%d")).toString();
    }

    /**
     * Dense weight words: field t of each half, {@code (d >> b*t) & M}, is the int16 pair met by column word
     * {@code k*j + t}; one SMLAD per pair, row and column.
     */
    private String lanes(int rows, int cols) {
        int k = layout.laneFields();
        int b = layout.laneBits();
        int columnWords = layout.paddedLength() / 2;
        StringBuilder c = new StringBuilder(accumulators("int32_t", "0", rows, cols));
        c.append("    const le_word *xw = (const le_word *)x;\n");
        // An opaque register mask lets GCC fold each shift into its AND (AND Rd, Rm, Rn, LSR #s).
        c.append(String.format("    uint32_t m;%n    __asm__(\"\" : \"=r\"(m) : \"0\"(0x%08xu));%n",
                ((1 << b) - 1) * 0x00010001));
        c.append("    for (uint32_t j = 0u; j < ").append(layout.words()).append("u; j++) {\n");
        c.append(cols == 1 ? rowMajorLanes(rows, k, b) : pairMajorLanes(rows, cols, k, b, columnWords));
        return c.append("    }\n").append(results(rows, cols, "(uint32_t)a%d_%d")).toString();
    }

    /** Several columns: pair t of every row against word t of every column, pair by pair. */
    private String pairMajorLanes(int rows, int cols, int k, int b, int columnWords) {
        StringBuilder c = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            c.append("        const uint32_t d").append(i).append(" = w[").append(offset("j", i, rowStride()))
                    .append("];\n");
        }
        for (int t = 0; t < k; t++) {
            for (int i = 0; i < rows; i++) {
                c.append("        const uint32_t wv").append(i).append('_').append(t).append(" = ")
                        .append(lane("d" + i, t, b)).append(";\n");
            }
            for (int j = 0; j < cols; j++) {
                c.append("        const uint32_t xv").append(j).append('_').append(t).append(" = xw[")
                        .append(offset(k + "u * j + " + t + "u", j, columnWords)).append("];\n");
            }
            int tt = t;
            forEach(rows, cols, (i, j) -> c.append(String.format(
                    "        a%d_%d = le_smlad(xv%d_%d, wv%d_%d, a%d_%d);%n", i, j, j, tt, i, tt, i, j)));
        }
        return c.toString();
    }

    /** One column: its k words of the iteration, then each row's word against them, row by row. */
    private String rowMajorLanes(int rows, int k, int b) {
        StringBuilder c = new StringBuilder();
        for (int t = 0; t < k; t++) {
            c.append("        const uint32_t xv0_").append(t).append(" = xw[").append(k).append("u * j + ").append(t)
                    .append("u];\n");
        }
        for (int i = 0; i < rows; i++) {
            c.append("        {\n            const uint32_t d = w[").append(offset("j", i, rowStride())).append("];\n");
            for (int t = 0; t < k; t++) {
                c.append(String.format("            a%d_0 = le_smlad(xv0_%d, %s, a%d_0);%n", i, t, lane("d", t, b), i));
            }
            c.append("        }\n");
        }
        return c.toString();
    }

    private static String lane(String word, int t, int bits) {
        return t == 0 ? word + " & m" : "(" + word + " >> " + bits * t + ") & m";
    }

    /**
     * Runs of at most T multiplies over the flash words of the rows (k register words each); each run's result
     * fields are extracted and summed into 32-bit totals.
     */
    private String packed(int rows, int cols) {
        int words = layout.storeWords();
        if (layout.runs() == 1) {
            return run(rows, cols, "    ", "0u", words + "u", "0u")
                    + results(rows, cols, "(uint32_t)" + code.extract("a%d_%d"));
        }
        int step = layout.runLength() / layout.store().perWord();
        StringBuilder c = new StringBuilder(accumulators("uint32_t", "0u", rows, cols).replace(" a", " t"));
        c.append("    for (uint32_t i0 = 0u, q = 0u; i0 < ").append(words).append("u; i0 += ").append(step)
                .append("u, q++) {\n        const uint32_t i1 = i0 + ").append(step).append("u < ").append(words)
                .append("u ? i0 + ").append(step).append("u : ").append(words).append("u;\n");
        c.append(run(rows, cols, "        ", "i0", "i1", "q"));
        forEach(rows, cols, (i, j) -> c.append("        ").append(String.format("t%d_%d += (uint32_t)", i, j))
                .append(code.extract(String.format("a%d_%d", i, j))).append(";\n"));
        return c.append("    }\n").append(results(rows, cols, "t%d_%d")).toString();
    }

    /**
     * Accumulators set to the run's start value (the plan's, or column j's stored start of run {@code run}),
     * then the multiplies of flash words [from, to): each gives k register words against k column words.
     */
    private String run(int rows, int cols, String indent, String from, String to, String run) {
        DenseStore store = layout.store();
        int k = store.perWord();
        StringBuilder c = new StringBuilder(indent).append(code.accumulatorType()).append(' ');
        forEach(rows, cols, (i, j) -> c.append(i + j == 0 ? "" : ", ").append(String.format("a%d_%d = ", i, j))
                .append(store.corrected() ? "(" + code.accumulatorType() + ")x[" + run + " + "
                        + (layout.loopWords() + j * layout.columnWords()) + "u]" : code.start()));
        c.append(";\n").append(indent).append("for (uint32_t i = ").append(from).append("; i < ").append(to)
                .append("; i++) {\n");
        String inner = indent + "    ";
        for (int i = 0; i < rows; i++) {
            c.append(inner).append("const uint32_t d").append(i).append(" = w[").append(offset("i", i, rowStride()))
                    .append("];\n");
        }
        for (int t = 0; t < k; t++) {
            String word = k == 1 ? "i" : k + "u * i + " + t + "u";
            for (int i = 0; i < rows; i++) {
                c.append(inner).append("const uint32_t wv").append(i).append('_').append(t).append(" = ")
                        .append(store.dense() ? store.unpack("d" + i, t) : "d" + i).append(";\n");
            }
            for (int j = 0; j < cols; j++) {
                c.append(inner).append("const uint32_t xv").append(j).append('_').append(t).append(" = x[")
                        .append(offset(word, j, layout.columnWords())).append("];\n");
            }
            int tt = t;
            forEach(rows, cols, (i, j) -> c.append(inner).append(String.format("a%d_%d = ", i, j))
                    .append(code.multiplyAccumulate(String.format("a%d_%d", i, j), "xv" + j + "_" + tt,
                            "wv" + i + "_" + tt)).append(";\n"));
        }
        return c.append(indent).append("}\n").toString();
    }

    /** Elements per weight row: K int8 values for plain kernels, else words. */
    private int rowStride() {
        return switch (layout.kind()) {
            case DOT_PLAIN -> layout.length();
            case DOT_PACKED -> layout.storeWords();
            default -> layout.words();
        };
    }

    /** {@code index + block * stride}. */
    private static String offset(String index, int block, int stride) {
        return block == 0 ? index : index + " + " + block * stride + "u";
    }

    private static String accumulators(String type, String start, int rows, int cols) {
        StringBuilder c = new StringBuilder("    ").append(type).append(' ');
        forEach(rows, cols, (i, j) -> c.append(i + j == 0 ? "" : ", ").append("a").append(i).append('_').append(j)
                .append(" = ").append(start));
        return c.append(";\n").toString();
    }

    /** {@code r[i * cols + j] = format(i, j)}. */
    private static String results(int rows, int cols, String format) {
        StringBuilder c = new StringBuilder();
        forEach(rows, cols, (i, j) -> c.append("    r[").append(i * cols + j).append("] = ")
                .append(format.replace("%d_%d", i + "_" + j)).append(";\n"));
        return c.toString();
    }

    private interface Cell {
        void accept(int row, int col);
    }

    private static void forEach(int rows, int cols, Cell cell) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                cell.accept(i, j);
            }
        }
    }
}
