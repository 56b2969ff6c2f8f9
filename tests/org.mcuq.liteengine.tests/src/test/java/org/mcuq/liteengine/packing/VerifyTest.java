package org.mcuq.liteengine.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** verify() refuses unsafe plans, names the condition with its numbers, and the refusal is not over-cautious. */
class VerifyTest {

    @Test
    void operandsThatOverflowTheirRegisterAreRefusedAndCorruptTheProduct() {
        PackingPlan plan = plan(MultiplyKind.UMLAL64, 4, 4, 3, 15, 1, Extraction.SHIFT_MASK, SignHandling.OFFSET);

        UnsafePackingException e = refused(plan, PackingCondition.OPERANDS_FIT);
        assertTrue(e.getMessage().contains("condition 1 (operands fit their register)"), e.getMessage());
        assertTrue(e.getMessage().contains("[0, 16106618895]"), e.getMessage());
        assertTrue(e.getMessage().contains("[0, 4294967295]"), e.getMessage());
        assertWrongOnAllMax(plan);
    }

    @Test
    void carriesIntoTheResultFieldAreRefusedAndCorruptTheSum() {
        PackingPlan plan = plan(MultiplyKind.MUL32, 4, 4, 2, 16, 300, Extraction.SHIFT, SignHandling.OFFSET);

        UnsafePackingException e = refused(plan, PackingCondition.NO_CARRY_INTO_RESULT);
        assertTrue(e.getMessage().contains("condition 2 (no carry from the lower fields into the result field)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("T x 1 x P = 300 x 1 x 225 = 67500, against 2^S = 2^16"),
                e.getMessage());
        assertWrongOnAllMax(plan);
    }

    @Test
    void resultFieldOverflowIsRefusedWithTheSafeT() {
        PackingPlan plan = plan(MultiplyKind.MUL32, 2, 2, 3, 10, 38, Extraction.SHIFT_MASK, SignHandling.OFFSET);

        UnsafePackingException e = refused(plan, PackingCondition.RESULT_FIELD_HOLDS_SUM);
        assertTrue(e.getMessage().contains("condition 3 (the result field holds its sum)"), e.getMessage());
        assertTrue(e.getMessage().contains("sum to [0, 1026]"), e.getMessage());
        assertTrue(e.getMessage().contains("10-bit result field at bit 20"), e.getMessage());
        assertTrue(e.getMessage().contains("at most T = 37"), e.getMessage());
        assertWrongOnAllMax(plan);
    }

    @Test
    void smladOnCortexM3IsRefused() {
        PackingPlan plan = new PackingPlan(2, 2, Core.CORTEX_M3, MultiplyKind.SMLAD, 4, 13, 1,
                Extraction.SHIFT_MASK, SignHandling.OFFSET, ActivationType.UNSIGNED);

        UnsafePackingException e = refused(plan, PackingCondition.SUPPORTED_BY_CORE);
        assertTrue(e.getMessage().contains("Cortex-M3 lacks"), e.getMessage());
    }

    @Test
    void shiftOnlyExtractionWithUpperFieldsInTheWayIsRefused() {
        PackingPlan plan = plan(MultiplyKind.MUL32, 2, 2, 3, 10, 37, Extraction.SHIFT, SignHandling.OFFSET);

        UnsafePackingException e = refused(plan, PackingCondition.CONSISTENT_LAYOUT);
        assertTrue(e.getMessage().contains("use shift+mask extraction"), e.getMessage());
        assertThrows(UnsafePackingException.class, () -> new RegisterSimulator(plan));
    }

    @Test
    void oddOperandCountForSmladIsRefused() {
        PackingPlan plan = new PackingPlan(2, 2, Core.CORTEX_M4, MultiplyKind.SMLAD, 5, 13, 1,
                Extraction.SHIFT_MASK, SignHandling.OFFSET, ActivationType.UNSIGNED);

        UnsafePackingException e = refused(plan, PackingCondition.CONSISTENT_LAYOUT);
        assertTrue(e.getMessage().contains("n = 5 must be even"), e.getMessage());
    }

    @Test
    void maskingWhereAShiftWouldDoIsStillSafe() {
        PackingPlan masked = plan(MultiplyKind.MUL32, 4, 4, 2, 16, 145, Extraction.SHIFT_MASK, SignHandling.OFFSET);

        PackingPlanner.verify(masked);
        Operands.Pair worst = Operands.allMax(masked.encoding(), 2 * 145);
        assertEquals(Operands.plainDot(worst.weights(), worst.activations()),
                new RegisterSimulator(masked).dotProduct(worst.weights(), worst.activations()));
    }

    /**
     * Every chosen packed plan with one accumulation more is refused and computes a wrong worst-case dot product.
     * (Unpacked plans have no field: their T is the 32-bit accumulator's limit, see OperandEncodingTest.)
     */
    @Test
    void everyChosenPackedPlansLimitIsTight() {
        int checked = 0;
        for (Core core : Core.values()) {
            for (ActivationType activations : ActivationType.values()) {
                for (int w = 1; w <= 8; w++) {
                    for (int a = 1; a <= 8; a++) {
                        PackingPlan plan = PackingPlanner.plan(w, a, activations, core);
                        if (plan.extraction() != Extraction.NONE) {
                            assertTight(plan);
                            checked++;
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 200, "only " + checked + " packed plans were checked");
    }

    private static void assertTight(PackingPlan plan) {
        PackingPlan unsafe = plan.withMaxAccumulations(plan.maxAccumulations() + 1);
        assertThrows(UnsafePackingException.class, () -> PackingPlanner.verify(unsafe), unsafe.describe());
        RegisterSimulator simulator = new RegisterSimulator(unsafe);
        int length = plan.operandsPerMultiply() * unsafe.maxAccumulations();
        boolean anyWrong = Operands.worstCases(plan.encoding(), length).stream()
                .anyMatch(p -> simulator.dotProduct(p.weights(), p.activations())
                        != Operands.plainDot(p.weights(), p.activations()));
        assertTrue(anyWrong, "no worst case breaks " + unsafe.describe());
    }

    private static void assertWrongOnAllMax(PackingPlan plan) {
        Operands.Pair worst = Operands.allMax(plan.encoding(), plan.operandsPerMultiply() * plan.maxAccumulations());
        assertNotEquals(Operands.plainDot(worst.weights(), worst.activations()),
                new RegisterSimulator(plan).dotProduct(worst.weights(), worst.activations()));
    }

    private static UnsafePackingException refused(PackingPlan plan, PackingCondition condition) {
        UnsafePackingException e = assertThrows(UnsafePackingException.class, () -> PackingPlanner.verify(plan));
        assertEquals(condition, e.condition(), e.getMessage());
        return e;
    }

    private static PackingPlan plan(MultiplyKind kind, int w, int a, int n, int s, int t, Extraction extraction,
            SignHandling sign) {
        return new PackingPlan(w, a, Core.CORTEX_M4, kind, n, s, t, extraction, sign, ActivationType.UNSIGNED);
    }
}
