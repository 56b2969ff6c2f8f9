package org.mcuq.liteengine.packing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Operand vectors for simulator tests, and the plain dot product they must produce. */
final class Operands {

    record Pair(String name, int[] weights, int[] activations) {
    }

    private enum Pattern {
        MAX, MIN, ALTERNATING
    }

    private Operands() {
    }

    static long plainDot(int[] weights, int[] activations) {
        long sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (long) weights[i] * activations[i];
        }
        return sum;
    }

    static Pair random(Random random, OperandEncoding encoding, int length) {
        int[] w = new int[length];
        int[] a = new int[length];
        for (int i = 0; i < length; i++) {
            w[i] = randomWeight(random, encoding);
            a[i] = encoding.minActivation()
                    + random.nextInt(encoding.maxActivation() - encoding.minActivation() + 1);
        }
        return new Pair("random", w, a);
    }

    /** Weights and activations each all at the maximum, all at the minimum, or alternating: 9 pairs. */
    static List<Pair> worstCases(OperandEncoding encoding, int length) {
        List<Pair> pairs = new ArrayList<>();
        for (Pattern wp : Pattern.values()) {
            for (Pattern ap : Pattern.values()) {
                int[] w = fill(wp, encoding.minWeight(), encoding.maxWeight(), length);
                int[] a = fill(ap, encoding.minActivation(), encoding.maxActivation(), length);
                pairs.add(new Pair("weights " + wp + ", activations " + ap, w, a));
            }
        }
        return pairs;
    }

    /** All weights and activations at their maximum: every offset code and every product at its largest. */
    static Pair allMax(OperandEncoding encoding, int length) {
        return worstCases(encoding, length).get(0);
    }

    private static int randomWeight(Random random, OperandEncoding encoding) {
        if (encoding.weightBits() == 1) {
            return random.nextBoolean() ? 1 : -1;
        }
        return encoding.minWeight() + random.nextInt(encoding.maxWeight() - encoding.minWeight() + 1);
    }

    private static int[] fill(Pattern pattern, int min, int max, int length) {
        int[] values = new int[length];
        for (int i = 0; i < length; i++) {
            values[i] = switch (pattern) {
                case MAX -> max;
                case MIN -> min;
                case ALTERNATING -> i % 2 == 0 ? max : min;
            };
        }
        return values;
    }
}
