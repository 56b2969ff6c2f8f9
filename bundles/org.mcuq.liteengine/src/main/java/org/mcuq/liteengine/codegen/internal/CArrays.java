package org.mcuq.liteengine.codegen.internal;

import java.util.function.IntFunction;

/** C initializer lists for constant arrays, a fixed number of values per line. */
public final class CArrays {

    private static final int PER_LINE = 12;

    private CArrays() {
    }

    /** Decimal values, e.g. for biases and multipliers. */
    public static String decimal(int[] values) {
        return lines(values.length, i -> Integer.toString(values[i]), PER_LINE);
    }

    /** Signed 32-bit values in C: INT32_MIN has no literal of its own. */
    public static String int32(int[] values) {
        return lines(values.length, i -> values[i] == Integer.MIN_VALUE ? "INT32_MIN" : Integer.toString(values[i]),
                PER_LINE);
    }

    /** 32-bit words in hexadecimal. */
    public static String hexWords(int[] words) {
        return lines(words.length, i -> String.format("0x%08xu", words[i]), 8);
    }

    /** Bytes in hexadecimal. */
    public static String hexBytes(byte[] bytes) {
        return lines(bytes.length, i -> String.format("0x%02x", bytes[i] & 0xFF), 16);
    }

    /** Rows of a two-dimensional array, each in braces. */
    public static String rows(int count, IntFunction<String> row) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("    {\n").append(indent(row.apply(i))).append("\n    },");
            if (i + 1 < count) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String indent(String lines) {
        return lines.replaceAll("(?m)^", "    ");
    }

    private static String lines(int count, IntFunction<String> value, int perLine) {
        StringBuilder text = new StringBuilder("    ");
        for (int i = 0; i < count; i++) {
            text.append(value.apply(i)).append(',');
            if (i + 1 < count) {
                text.append((i + 1) % perLine == 0 ? "\n    " : " ");
            }
        }
        return text.toString();
    }
}
