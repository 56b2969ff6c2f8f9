package org.mcuq.rlquant.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mcuq.liteengine.quant.LayerBits;

class BudgetEnforcerTest {

    /** Three layers with 800, 1600, 80 weights, 1024, 512, 16 output elements and 1000 MACs each. */
    private static final LayerTableCosts COSTS = new LayerTableCosts(Map.of("a", new long[] {800, 1024, 1000},
            "b", new long[] {1600, 512, 1000}, "c", new long[] {80, 16, 1000}));

    private static BitWidthPolicy policy(int... wa) {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        List<String> names = List.of("a", "b", "c");
        for (int i = 0; i < names.size(); i++) {
            bits.put(names.get(i), new LayerBits(wa[2 * i], wa[2 * i + 1]));
        }
        return BitWidthPolicy.of(bits);
    }

    private static BudgetEnforcer enforcer(Budgets budgets, BitConstraints constraints) {
        return new BudgetEnforcer(COSTS, budgets, constraints);
    }

    @Test
    void policyWithinBudgetIsKept() {
        BitWidthPolicy all8 = policy(8, 8, 8, 8, 8, 8);
        // RAM 1024 + 512 + 16 = 1552 bytes, flash 800 + 1600 + 80 = 2480 bytes.
        Budgets budgets = Budgets.none().with(CostKind.RAM, 1552).with(CostKind.FLASH, 2480);

        assertSame(all8, enforcer(budgets, BitConstraints.defaults()).enforce(all8));
    }

    @Test
    void takesTheStepThatRemovesTheExcessWithTheLeastOvershoot() {
        BitWidthPolicy all8 = policy(8, 8, 8, 8, 8, 8);
        // A7 saves 128 bytes on a, 64 on b, 2 on c (RAM 1552 at 8 bits).
        BudgetEnforcer oneByte = enforcer(Budgets.none().with(CostKind.RAM, 1551), BitConstraints.defaults());
        BudgetEnforcer hundred = enforcer(Budgets.none().with(CostKind.RAM, 1452), BitConstraints.defaults());

        assertEquals(policy(8, 8, 8, 8, 8, 7), oneByte.enforce(all8));
        assertEquals(policy(8, 7, 8, 8, 8, 8), hundred.enforce(all8));
    }

    @Test
    void keepsLoweringWhereItSavesMost() {
        // Excess 252: a A7 removes half of it; then a A6 (128) removes the remaining 124, b A7 (64) would not.
        BudgetEnforcer enforcer = enforcer(Budgets.none().with(CostKind.RAM, 1300), BitConstraints.defaults());

        assertEquals(policy(8, 6, 8, 8, 8, 8), enforcer.enforce(policy(8, 8, 8, 8, 8, 8)));
    }

    @Test
    void flashBudgetLowersWeightsAndLeavesActivationsAlone() {
        // Flash 2480, excess 80: a W7 saves 100, b W7 200, c W7 10.
        BudgetEnforcer enforcer = enforcer(Budgets.none().with(CostKind.FLASH, 2400), BitConstraints.defaults());

        assertEquals(policy(7, 8, 8, 8, 8, 8), enforcer.enforce(policy(8, 8, 8, 8, 8, 8)));
    }

    @Test
    void stepsOverWidthsThatCostMoreThanWiderOnes() {
        // Flash like a storage format change: 3..7-bit weights of b cost more than 8-bit ones, 2-bit ones far less.
        PolicyCostModel formats = p -> {
            int w = p.bits("b").weightBits();
            return new PolicyCosts(0, 0, w == 8 ? 1600 : w > 2 ? 2100 : 400 * w / 2);
        };
        BudgetEnforcer enforcer = new BudgetEnforcer(formats, Budgets.none().with(CostKind.FLASH, 1000),
                BitConstraints.defaults());

        assertEquals(policy(8, 8, 2, 8, 8, 8), enforcer.enforce(policy(8, 8, 8, 8, 8, 8)));
    }

    @Test
    void aWidthThatCostsNothingIsLeftAlone() {
        // RAM as a peak: only a's output counts; lowering c or b saves nothing, so only a's activations go down.
        PolicyCostModel peak = p -> new PolicyCosts(0, 1024L * p.bits("a").activationBits() / 8, 0);
        BudgetEnforcer enforcer = new BudgetEnforcer(peak, Budgets.none().with(CostKind.RAM, 600),
                BitConstraints.defaults());

        assertEquals(policy(8, 4, 8, 8, 8, 8), enforcer.enforce(policy(8, 8, 8, 8, 8, 8)));
    }

    @Test
    void lockedLayersAndMinimumsAreRespected() {
        BitConstraints constraints = BitConstraints.defaults().withActivationRange(new BitRange(4, 8))
                .withLocked("c", new LayerBits(8, 8));
        // All activations at 4 except locked c: 512 + 256 + 16 = 784 bytes of RAM.
        BudgetEnforcer enforcer = enforcer(Budgets.none().with(CostKind.RAM, 784), constraints);

        assertEquals(policy(8, 4, 8, 4, 8, 8), enforcer.enforce(policy(8, 8, 8, 8, 3, 3)));
    }

    @Test
    void infeasibleBudgetNamesTheBudgetAndTheSmallestAchievableValue() {
        BitConstraints constraints = BitConstraints.defaults().withActivationRange(new BitRange(2, 8));
        // Minimum RAM: (1024 + 512 + 16) x 2 / 8 = 388 bytes; flash at 1 bit: 100 + 200 + 10 = 310 bytes fits.
        Budgets budgets = Budgets.none().with(CostKind.RAM, 300).with(CostKind.FLASH, 400);

        var error = assertThrows(InfeasibleBudgetException.class,
                () -> enforcer(budgets, constraints).enforce(policy(8, 8, 8, 8, 8, 8)));

        assertEquals(List.of(new InfeasibleBudgetException.Shortfall(CostKind.RAM, 300, 388)), error.shortfalls());
        assertTrue(error.getMessage().contains("RAM budget 300 bytes, smallest achievable 388 bytes"),
                error.getMessage());
    }

    @Test
    void everyInfeasibleBudgetIsReported() {
        // At 1 bit: latency 3 x 1000 = 3,000 cycles, flash 310 bytes.
        Budgets budgets = Budgets.none().with(CostKind.LATENCY, 2_000).with(CostKind.FLASH, 100);

        var error = assertThrows(InfeasibleBudgetException.class,
                () -> enforcer(budgets, BitConstraints.defaults()).enforce(policy(8, 8, 8, 8, 8, 8)));

        assertEquals(List.of(new InfeasibleBudgetException.Shortfall(CostKind.LATENCY, 2_000, 3_000),
                new InfeasibleBudgetException.Shortfall(CostKind.FLASH, 100, 310)), error.shortfalls());
        assertTrue(error.getMessage().contains("latency budget 2,000 cycles, smallest achievable 3,000 cycles"),
                error.getMessage());
    }
}
