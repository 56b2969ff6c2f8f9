package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compares the IR's float inference with DL4J's own output. */
final class OutputComparison {

    /** Allowed difference relative to the range of the reference values. */
    static final double RELATIVE_TOLERANCE = 1e-4;

    private OutputComparison() {
    }

    /** Asserts {@code actual} matches {@code expected} within 1e-4 of the expected values' range. */
    static void assertClose(float[] expected, float[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double maxDiff = 0;
        for (int i = 0; i < expected.length; i++) {
            min = Math.min(min, expected[i]);
            max = Math.max(max, expected[i]);
            maxDiff = Math.max(maxDiff, Math.abs((double) expected[i] - actual[i]));
        }
        double range = Math.max(max - min, Float.MIN_NORMAL);
        assertTrue(maxDiff <= RELATIVE_TOLERANCE * range, what + ": max abs diff " + maxDiff + " exceeds "
                + RELATIVE_TOLERANCE + " x output range " + range);
    }

    /** Index of the largest value. */
    static int argMax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
