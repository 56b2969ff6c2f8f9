package org.mcuq.liteengine.codegen.internal;

import java.util.Arrays;

import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/**
 * The per-channel requantization of a weighted layer in C. When every shift is at least 33 the rounding term
 * lies in the high word and {@code le_requantize_hi} needs one SMLAL and one shift; the SHIFT table then holds
 * {@code n - 32}. Otherwise {@code le_requantize} shifts the int64 product by {@code n}.
 */
public record Requantizer(QuantizedWeightedLayer layer) {

    private static final int HIGH_WORD = 32;

    public boolean highWord() {
        return Arrays.stream(layer.shifts()).allMatch(n -> n > HIGH_WORD);
    }

    /** The SHIFT table's values. */
    public int[] shiftTable() {
        int offset = highWord() ? HIGH_WORD : 0;
        return Arrays.stream(layer.shifts()).map(n -> n - offset).toArray();
    }

    /** The clamped int32 result for accumulator {@code acc} with multiplier {@code mult} and table shift. */
    public String expression(String acc, String mult, String shift) {
        String function = highWord() ? "le_requantize_hi" : "le_requantize";
        return function + "(" + acc + ", " + mult + ", " + shift + ", " + layer.clampMin() + ", "
                + layer.clampMax() + ")";
    }

    /** The three constant tables BIAS (as given), MULT and SHIFT. */
    public String tables(int[] bias) {
        int c = bias.length;
        return "/* Per output channel: bias, requantization multiplier and shift (" + (highWord()
                ? "n - 32: every n is above 32" : "n") + "). */\n"
                + "static const int32_t BIAS[" + c + "] = {\n" + CArrays.int32(bias) + "\n};\n"
                + "static const int32_t MULT[" + c + "] = {\n" + CArrays.decimal(layer.multipliers()) + "\n};\n"
                + "static const uint8_t SHIFT[" + c + "] = {\n" + CArrays.decimal(shiftTable()) + "\n};\n";
    }
}
