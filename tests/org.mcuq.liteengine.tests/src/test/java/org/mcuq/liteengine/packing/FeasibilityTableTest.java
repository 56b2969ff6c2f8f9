package org.mcuq.liteengine.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The feasible points of the LiteEngine brief (numerically checked there, unsigned p- and q-bit operands, i.e.
 * offset codes): the derivation must find exactly their maximum T, and one more accumulation must break both
 * the proof and the simulated arithmetic.
 */
class FeasibilityTableTest {

    @ParameterizedTest(name = "{0} {1}x{2} n={3} S={4} -> T={5}")
    @CsvSource({
            "MUL32,   4, 4, 2, 16,  145, SHIFT",
            "MUL32,   2, 2, 3, 10,   37, SHIFT_MASK",
            "MUL32,   2, 2, 4,  8,    7, SHIFT",
            "MUL32,   1, 1, 4,  8,   63, SHIFT",
            "UMLAL64, 4, 4, 3, 14,   24, SHIFT_MASK",
            "UMLAL64, 3, 3, 3, 14,  111, SHIFT_MASK",
            "UMLAL64, 2, 2, 4, 10,   28, SHIFT_MASK",
            "UMLAL64, 8, 4, 2, 24, 2193, SHIFT_MASK",
            "SMLAD,   2, 2, 4, 13,  227, SHIFT_MASK",
            "SMLAD,   3, 3, 4, 12,   20, SHIFT_MASK",
            "SMLAD,   4, 4, 4, 11,    2, SHIFT_MASK" })
    void derivationReproducesTheBriefsMaximumT(MultiplyKind kind, int w, int a, int n, int s, int t,
            Extraction extraction) {
        PackingPlan plan = offsetPlan(kind, w, a, n, s);

        assertEquals(t, plan.maxAccumulations(), plan.describe());
        assertEquals(extraction, plan.extraction(), plan.describe());
        PackingPlanner.verify(plan);
    }

    @ParameterizedTest(name = "{0} {1}x{2} n={3} S={4}: T={5} exact, T+1 wrong")
    @CsvSource({
            "MUL32,   4, 4, 2, 16,  145",
            "MUL32,   2, 2, 3, 10,   37",
            "MUL32,   2, 2, 4,  8,    7",
            "MUL32,   1, 1, 4,  8,   63",
            "UMLAL64, 4, 4, 3, 14,   24",
            "UMLAL64, 3, 3, 3, 14,  111",
            "UMLAL64, 2, 2, 4, 10,   28",
            "UMLAL64, 8, 4, 2, 24, 2193",
            "SMLAD,   2, 2, 4, 13,  227",
            "SMLAD,   3, 3, 4, 12,   20",
            "SMLAD,   4, 4, 4, 11,    2" })
    void oneAccumulationMoreIsRefusedAndReallyOverflows(MultiplyKind kind, int w, int a, int n, int s, int t) {
        PackingPlan safe = offsetPlan(kind, w, a, n, s);
        PackingPlan unsafe = safe.withMaxAccumulations(t + 1);
        Operands.Pair worst = Operands.allMax(safe.encoding(), n * (t + 1));
        long exact = Operands.plainDot(worst.weights(), worst.activations());

        UnsafePackingException refused = assertThrows(UnsafePackingException.class,
                () -> PackingPlanner.verify(unsafe));
        assertEquals(PackingCondition.RESULT_FIELD_HOLDS_SUM, refused.condition());
        assertTrue(refused.getMessage().contains("at most T = " + t), refused.getMessage());
        assertEquals(exact, new RegisterSimulator(safe).dotProduct(worst.weights(), worst.activations()));
        assertNotEquals(exact, new RegisterSimulator(unsafe).dotProduct(worst.weights(), worst.activations()));
    }

    @ParameterizedTest(name = "{0}: no spacing packs four 4-bit products")
    @CsvSource({ "MUL32", "UMLAL64" })
    void fourFourBitProductsNeverFitOneFieldSet(MultiplyKind kind) {
        for (int s = 1; s < 32; s++) {
            for (SignHandling sign : SignHandling.values()) {
                assertTrue(PackingPlanner.maximalPlan(4, 4, ActivationType.UNSIGNED, Core.CORTEX_M3, kind,
                        4, s, sign).isEmpty(), "S = " + s + ", " + sign);
            }
        }
    }

    private static PackingPlan offsetPlan(MultiplyKind kind, int w, int a, int n, int s) {
        return PackingPlanner.maximalPlan(w, a, ActivationType.UNSIGNED, Core.CORTEX_M4, kind, n, s,
                SignHandling.OFFSET).orElseThrow(() -> new AssertionError("no safe plan at n=" + n + ", S=" + s));
    }
}
