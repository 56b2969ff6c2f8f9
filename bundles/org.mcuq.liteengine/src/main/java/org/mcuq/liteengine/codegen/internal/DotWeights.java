package org.mcuq.liteengine.codegen.internal;

import java.util.Arrays;

import org.mcuq.liteengine.packing.OperandEncoding;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.packing.RegisterSimulator;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/**
 * The weight rows of a conv or dense kernel in its storage format, and the biases with the packed plan's
 * constant zero-point terms folded in.
 */
final class DotWeights {

    private final QuantizedWeightedLayer layer;
    private final DotLayout layout;

    DotWeights(QuantizedWeightedLayer layer, DotLayout layout) {
        this.layer = layer;
        this.layout = layout;
    }

    /** Weights of output channel {@code c} in (ky, kx, input channel) order: HWIO and IO keep the channel last. */
    int[] row(int c) {
        int channels = layer.channels();
        int[] row = new int[layout.length()];
        for (int k = 0; k < row.length; k++) {
            row[k] = layer.weights()[k * channels + c];
        }
        return row;
    }

    String declaration(PackingPlan plan) {
        int co = layer.channels();
        return switch (layout.kind()) {
            case DOT_PACKED -> packedComment(plan) + "static const uint32_t WEIGHTS[" + co + "]["
                    + layout.storeWords() + "] = {\n" + CArrays.rows(co, c -> CArrays.hexWords(storedRow(plan, c)))
                    + "\n};\n";
            case DOT_SMLAD -> layout.laneBits() > 0 ? laneDeclaration(co) : byteDeclaration(co);
            default -> "/* int8 weights. */\nstatic const int8_t WEIGHTS[" + co + "][" + layout.length() + "] = {\n"
                    + CArrays.rows(co, c -> CArrays.decimal(row(c))) + "\n};\n";
        };
    }

    private String byteDeclaration(int co) {
        return "/* int8 weights, 4 per word as bytes " + (layout.direct() ? "(w0, w1, w2, w3)" : "(w0, w2, w1, w3)")
                + " for SXTB16. */\n" + "static const uint32_t WEIGHTS[" + co + "][" + layout.words() + "] = {\n"
                + CArrays.rows(co, c -> CArrays.hexWords(sxtb16Words(row(c)))) + "\n};\n";
    }

    private String laneDeclaration(int co) {
        int b = layout.laneBits();
        return "/* " + b + "-bit weights + " + layout.laneOffset() + ", " + layout.laneFields() + " per 16-bit half:"
                + " field t of word j (bits " + b + "t of each half) pairs with column word " + layout.laneFields()
                + "j + t. */\nstatic const uint32_t WEIGHTS[" + co + "][" + layout.words() + "] = {\n"
                + CArrays.rows(co, c -> CArrays.hexWords(laneWords(row(c)))) + "\n};\n";
    }

    /**
     * Dense DOT_SMLAD words: the low and high half of field t of word j hold the weights met by column halves
     * 2 (kj + t) and 2 (kj + t) + 1, as codes w + offset (0 beyond the row).
     */
    int[] laneWords(int[] row) {
        int k = layout.laneFields();
        int b = layout.laneBits();
        int[] words = new int[layout.words()];
        for (int j = 0; j < words.length; j++) {
            for (int t = 0; t < k; t++) {
                int half = 2 * (k * j + t);
                words[j] |= laneCode(row, half) << (b * t) | laneCode(row, half + 1) << (16 + b * t);
            }
        }
        return words;
    }

    /** The code of the weight met by column half h: a direct column holds (x0, x2), (x1, x3) per 4 values. */
    private int laneCode(int[] row, int half) {
        int k = layout.direct() ? half / 4 * 4 + new int[] {0, 2, 1, 3}[half % 4] : half;
        return k < row.length ? row[k] + layout.laneOffset() : 0;
    }

    private String packedComment(PackingPlan plan) {
        String words = "/* Packed weight words, " + plan.operandsPerMultiply() + " fields each (reversed within each"
                + " segment)";
        DenseStore store = layout.store();
        if (!store.dense()) {
            return words + ". */\n";
        }
        return words + (store.corrected() ? ", each field plus its offset" : "") + "; " + store.perWord()
                + " per flash word, register word t rotated left by " + Arrays.toString(store.rotations())
                + "[t]. */\n";
    }

    /** Row {@code c} in the layout's flash format. */
    int[] storedRow(PackingPlan plan, int c) {
        int[] words = packedRow(plan, row(c));
        DenseStore store = layout.store();
        return store.dense() ? store.store(words, plan.kind().segments() == 2) : words;
    }

    /** The plan's weight words of a row, each chunk of the layout packed (and zero-padded) on its own. */
    private int[] packedRow(PackingPlan plan, int[] row) {
        RegisterSimulator packer = new RegisterSimulator(plan);
        int[] words = new int[layout.words()];
        int at = 0;
        for (int start = 0; start < row.length; start += layout.chunk()) {
            int[] chunk = Arrays.copyOfRange(row, start, Math.min(row.length, start + layout.chunk()));
            int[] packed = packer.packedWeights(chunk);
            System.arraycopy(packed, 0, words, at, packed.length);
            at += packed.length;
        }
        return words;
    }

    /** Weight bytes ordered to meet the column's pairs: natural for a direct column, else (w0, w2, w1, w3). */
    private int[] sxtb16Words(int[] row) {
        int[] order = layout.direct() ? new int[] {0, 1, 2, 3} : new int[] {0, 2, 1, 3};
        int[] words = new int[layout.words()];
        for (int j = 0; j < words.length; j++) {
            for (int b = 0; b < 4; b++) {
                words[j] |= (at(row, 4 * j + order[b]) & 0xFF) << (8 * b);
            }
        }
        return words;
    }

    private static int at(int[] row, int k) {
        return k < row.length ? row[k] : 0;
    }

    /**
     * {@code bias - s * za * sum(weight fields) + K * zw * za} per channel in 32-bit wrapping arithmetic, so that
     * the kernel's {@code bias + s * fieldDot - zw * sum(activation fields)} is the true accumulator.
     */
    int[] foldedBias(PackingPlan plan) {
        int[] bias = layer.bias().clone();
        if (plan == null || layout.kind() != org.mcuq.liteengine.codegen.KernelKind.DOT_PACKED) {
            return bias;
        }
        OperandEncoding e = plan.encoding();
        for (int c = 0; c < bias.length; c++) {
            int fieldSum = 0;
            for (int w : row(c)) {
                fieldSum += e.weightField(w);
            }
            bias[c] = bias[c] - e.weightScale() * e.activationZeroPoint() * fieldSum
                    + layout.length() * e.weightZeroPoint() * e.activationZeroPoint();
        }
        return bias;
    }
}
