package org.mcuq.liteengine.packing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses how a layer's dot products are packed into multiply instructions, and proves or refutes plans.
 * For every multiply kind the core has, every sign handling, every operands-per-segment count m and spacing S,
 * the largest T that satisfies the three overflow conditions is derived; the plan with the most MACs per
 * instruction under a {@link CostModel} wins. A plain MUL/MLA with one operand per multiply is always feasible.
 */
public final class PackingPlanner {

    private PackingPlanner() {
    }

    /** The best plan for signed weights and unsigned (post-ReLU) activations, under the default cost model. */
    public static PackingPlan plan(int weightBits, int activationBits, Core core) {
        return plan(weightBits, activationBits, ActivationType.UNSIGNED, core);
    }

    public static PackingPlan plan(int weightBits, int activationBits, ActivationType activations, Core core) {
        return plan(weightBits, activationBits, activations, core, CostModel.DEFAULT);
    }

    public static PackingPlan plan(int weightBits, int activationBits, ActivationType activations, Core core,
            CostModel cost) {
        PlanChecks.requireNonNull(cost, "cost model");
        return candidates(weightBits, activationBits, activations, core).stream()
                .min(bestFirst(cost))
                .orElseThrow(() -> new IllegalStateException("plain MUL/MLA is always feasible"));
    }

    /** Every safe plan considered for unsigned activations, best first under the default cost model. */
    public static List<PackingPlan> candidates(int weightBits, int activationBits, Core core) {
        return candidates(weightBits, activationBits, ActivationType.UNSIGNED, core);
    }

    /** Every safe plan considered (each at its largest T), best first under the default cost model. */
    public static List<PackingPlan> candidates(int weightBits, int activationBits, ActivationType activations,
            Core core) {
        PlanChecks.requireBits("weight", weightBits);
        PlanChecks.requireBits("activation", activationBits);
        PlanChecks.requireNonNull(activations, "activation type");
        PlanChecks.requireNonNull(core, "core");
        List<PackingPlan> found = new ArrayList<>();
        for (PlanShape shape : PlanShape.enumerate(core)) {
            shape.maximalPlan(weightBits, activationBits, activations, core).ifPresent(found::add);
        }
        found.sort(bestFirst(CostModel.DEFAULT));
        return List.copyOf(found);
    }

    /**
     * The plan with the largest safe T for a given layout, or empty when even T = 1 overflows or the layout does
     * not exist on this core.
     */
    public static Optional<PackingPlan> maximalPlan(int weightBits, int activationBits,
            ActivationType activations, Core core, MultiplyKind kind, int operandsPerMultiply, int fieldSpacing,
            SignHandling signHandling) {
        PlanChecks.requireNonNull(kind, "multiply kind");
        PlanChecks.requirePositive("operands per multiply", operandsPerMultiply);
        if (operandsPerMultiply % kind.segments() != 0) {
            return Optional.empty();
        }
        PlanShape shape = new PlanShape(kind, operandsPerMultiply / kind.segments(), fieldSpacing, signHandling);
        return shape.maximalPlan(weightBits, activationBits, activations, core);
    }

    /**
     * Re-checks a plan against the core's instruction set, its own layout and the three overflow conditions.
     *
     * @throws UnsafePackingException naming the first violated condition, with the numbers
     */
    public static void verify(PackingPlan plan) {
        PlanChecks.requireNonNull(plan, "plan");
        OverflowConditions.firstViolation(plan).ifPresent(v -> {
            throw new UnsafePackingException(v.condition(), "Unsafe packing plan (" + plan.describe() + "): "
                    + v.condition().description() + " fails: " + v.detail());
        });
    }

    private static Comparator<PackingPlan> bestFirst(CostModel cost) {
        return Comparator.comparingDouble((PackingPlan p) -> -cost.macsPerInstruction(p))
                .thenComparing(PackingPlan::maxAccumulations, Comparator.reverseOrder())
                .thenComparing(PackingPlan::kind)
                .thenComparing(PackingPlan::signHandling, Comparator.reverseOrder())
                .thenComparingInt(PackingPlan::fieldSpacing);
    }
}
