package org.mcuq.liteengine.packing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegisterSimulatorTest {
    /** Longest vector simulated; single-field plans reach T*n of several million, which adds nothing. */
    private static final int LONGEST = 1 << 18;

    @ParameterizedTest
    @EnumSource(Core.class)
    void chosenPlansMatchThePlainDotProductOnRandomOperands(Core core) {
        for (ActivationType activations : ActivationType.values()) {
            for (int w = 1; w <= 8; w++) {
                for (int a = 1; a <= 8; a++) {
                    PackingPlan plan = PackingPlanner.plan(w, a, activations, core);
                    Random random = new Random(1000L * w + 10L * a + core.ordinal() + 100_000L * activations.ordinal());
                    for (int length : randomLengths(plan)) {
                        assertExact(plan, Operands.random(random, plan.encoding(), length));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Core.class)
    void chosenPlansMatchThePlainDotProductOnWorstCaseOperands(Core core) {
        for (ActivationType activations : ActivationType.values()) {
            for (int w = 1; w <= 8; w++) {
                for (int a = 1; a <= 8; a++) {
                    PackingPlan plan = PackingPlanner.plan(w, a, activations, core);
                    for (int length : worstCaseLengths(plan)) {
                        Operands.worstCases(plan.encoding(), length).forEach(p -> assertExact(plan, p));
                    }
                }
            }
        }
    }

    /** Every plan the planner considered, run for one full run of T multiplies on all extreme operands. */
    @ParameterizedTest
    @EnumSource(Core.class)
    void everyCandidateIsExactAtItsFullRunOnWorstCaseOperands(Core core) {
        for (ActivationType activations : ActivationType.values()) {
            for (int w = 1; w <= 8; w++) {
                for (int a = 1; a <= 8; a++) {
                    for (PackingPlan plan : PackingPlanner.candidates(w, a, activations, core)) {
                        int length = (int) Math.min(fullRun(plan), 4096);
                        Operands.worstCases(plan.encoding(), length).forEach(p -> assertExact(plan, p));
                    }
                }
            }
        }
    }

    @Test
    void weightsArePackedReversedAndActivationsInOrder() {
        PackingPlan plan = new PackingPlan(4, 4, Core.CORTEX_M3, MultiplyKind.MUL32, 2, 16, 145, Extraction.SHIFT,
                SignHandling.OFFSET, ActivationType.UNSIGNED);
        RegisterSimulator simulator = new RegisterSimulator(plan);

        // weight codes are w + 8: {1, -2} -> {9, 6}, stored as 6 + 9 * 2^16
        assertArrayEquals(new int[] { 6 + (9 << 16) }, simulator.packedWeights(new int[] { 1, -2 }));
        assertArrayEquals(new int[] { 3 + (4 << 16) }, simulator.packedActivations(new int[] { 3, 4 }));
        assertEquals(1 * 3 - 2 * 4, simulator.dotProduct(new int[] { 1, -2 }, new int[] { 3, 4 }));
    }

    @Test
    void smladHalvesHoldTwoFieldsEach() {
        PackingPlan plan = new PackingPlan(2, 2, Core.CORTEX_M4, MultiplyKind.SMLAD, 4, 13, 227,
                Extraction.SHIFT_MASK, SignHandling.OFFSET, ActivationType.UNSIGNED);
        RegisterSimulator simulator = new RegisterSimulator(plan);

        // codes w + 2: {1, -2, 0, 1} -> {3, 0, 2, 3}; low half holds (0, 3) reversed, high half (3, 2) reversed
        assertArrayEquals(new int[] { (0 + (3 << 13)) | (3 + (2 << 13)) << 16 },
                simulator.packedWeights(new int[] { 1, -2, 0, 1 }));
        assertEquals(3 - 0 + 0 + 3, simulator.dotProduct(new int[] { 1, -2, 0, 1 }, new int[] { 3, 0, 2, 3 }));
    }

    @Test
    void oneBitWeightsAreBinaryPlusMinusOne() {
        PackingPlan plan = PackingPlanner.plan(1, 2, Core.CORTEX_M4);
        RegisterSimulator simulator = new RegisterSimulator(plan);

        assertEquals(3 + 2 - 1, simulator.dotProduct(new int[] { 1, 1, -1 }, new int[] { 3, 2, 1 }));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> simulator.dotProduct(new int[] { 1, 0 }, new int[] { 1, 1 }));
        assertTrue(zero.getMessage().contains("weights[1] = 0"), zero.getMessage());
        assertTrue(zero.getMessage().contains("binary weights are -1 or +1"), zero.getMessage());
    }

    @Test
    void operandsOutsideThePlansRangeAreRefused() {
        RegisterSimulator simulator = new RegisterSimulator(PackingPlanner.plan(4, 4, Core.CORTEX_M3));

        IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
                () -> simulator.dotProduct(new int[] { 1, 8 }, new int[] { 1, 1 }));
        assertTrue(weight.getMessage().contains("weights[1] = 8 is outside the 4-bit range [-8, 7]"),
                weight.getMessage());
        IllegalArgumentException activation = assertThrows(IllegalArgumentException.class,
                () -> simulator.dotProduct(new int[] { 1, 1 }, new int[] { -1, 1 }));
        assertTrue(activation.getMessage().contains("activations[0] = -1 is outside the 4-bit range [0, 15]"),
                activation.getMessage());
        assertThrows(IllegalArgumentException.class, () -> simulator.dotProduct(new int[2], new int[3]));
    }

    private static void assertExact(PackingPlan plan, Operands.Pair pair) {
        long expected = Operands.plainDot(pair.weights(), pair.activations());
        int actual = new RegisterSimulator(plan).dotProduct(pair.weights(), pair.activations());
        assertEquals(expected, actual, () -> pair.name() + ", length " + pair.weights().length + ": "
                + plan.describe());
    }

    private static long fullRun(PackingPlan plan) {
        return (long) plan.operandsPerMultiply() * plan.maxAccumulations();
    }

    /** Short, not a multiple of n, exactly T*n, past one and two runs. */
    private static List<Integer> randomLengths(PackingPlan plan) {
        int n = plan.operandsPerMultiply();
        long run = fullRun(plan);
        return capped(List.of(1L, n + 1L, 7L * n + n / 2 + 1, run, run + 1, 2 * run + n - 1), LONGEST);
    }

    /** As above, but only as long as the exact worst-case dot product fits the 32-bit accumulator. */
    private static List<Integer> worstCaseLengths(PackingPlan plan) {
        int n = plan.operandsPerMultiply();
        long run = fullRun(plan);
        long limit = Math.min(plan.encoding().maxDotProductLength(), LONGEST);
        return capped(List.of(n - 1L, run, run + 1, 2 * run + n / 2 + 1), limit);
    }

    private static List<Integer> capped(List<Long> lengths, long limit) {
        List<Integer> kept = new ArrayList<>();
        for (long length : lengths) {
            if (length >= 1 && length <= limit) {
                kept.add((int) length);
            }
        }
        return kept;
    }
}
