package org.mcuq.rlquant.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.liteengine.quant.LayerBits;

/**
 * Makes a policy fit its budgets the way HAQ does: while a budget is exceeded, sweep the layers from last to first
 * lowering each activation width by one bit, then sweep lowering weight widths, checking after every change. Locked
 * layers and range minimums are respected. Unlike HAQ, a one-bit step that lowers none of the exceeded costs (say an
 * activation step when only flash is over budget) is skipped, unless no step helps any more; so the walk still ends
 * at the all-minimum policy at the latest.
 */
public final class BudgetEnforcer {

    private final PolicyCostModel costModel;
    private final Budgets budgets;
    private final BitConstraints constraints;

    public BudgetEnforcer(PolicyCostModel costModel, Budgets budgets, BitConstraints constraints) {
        if (costModel == null || budgets == null || constraints == null) {
            throw new IllegalArgumentException("A budget enforcer needs a cost model, budgets and bit constraints.");
        }
        this.costModel = costModel;
        this.budgets = budgets;
        this.constraints = constraints;
    }

    /**
     * {@code policy} (with locked layers set to their locked widths) if it fits, else the first policy on the walk
     * that fits.
     *
     * @throws InfeasibleBudgetException if even the all-minimum policy exceeds a budget
     */
    public BitWidthPolicy enforce(BitWidthPolicy policy) {
        BitWidthPolicy current = withLocksApplied(policy);
        if (fits(current)) {
            return current;
        }
        requireFeasible(current);
        boolean onlyHelpfulSteps = true;
        while (true) {
            BitWidthPolicy swept = sweep(current, onlyHelpfulSteps);
            if (fits(swept)) {
                return swept;
            }
            if (swept.equals(current) && !onlyHelpfulSteps) {
                throw infeasible(costModel.costs(swept));
            }
            onlyHelpfulSteps = !swept.equals(current);
            current = swept;
        }
    }

    /** The narrowest policy the constraints allow over {@code policy}'s layers. */
    public BitWidthPolicy minimumPolicy(BitWidthPolicy policy) {
        Map<String, LayerBits> minimum = new LinkedHashMap<>();
        policy.layers().forEach(layer -> minimum.put(layer, constraints.minimum(layer)));
        return BitWidthPolicy.of(minimum);
    }

    /** One activation sweep and one weight sweep from the last layer to the first, stopping as soon as it fits. */
    private BitWidthPolicy sweep(BitWidthPolicy start, boolean onlyHelpfulSteps) {
        BitWidthPolicy current = start;
        for (StepKind kind : List.of(StepKind.ACTIVATION, StepKind.WEIGHT)) {
            for (String layer : current.layers().reversed()) {
                BitWidthPolicy lowered = lowered(current, layer, kind);
                if (lowered != current && (!onlyHelpfulSteps || lowersAnExcess(current, lowered))) {
                    current = lowered;
                    if (fits(current)) {
                        return current;
                    }
                }
            }
        }
        return current;
    }

    private boolean lowersAnExcess(BitWidthPolicy before, BitWidthPolicy after) {
        PolicyCosts old = costModel.costs(before);
        PolicyCosts next = costModel.costs(after);
        return budgets.exceededBy(old).stream().anyMatch(kind -> next.value(kind) < old.value(kind));
    }

    private boolean fits(BitWidthPolicy policy) {
        return budgets.admits(costModel.costs(policy));
    }

    private void requireFeasible(BitWidthPolicy policy) {
        PolicyCosts least = costModel.costs(minimumPolicy(policy));
        if (!budgets.admits(least)) {
            throw infeasible(least);
        }
    }

    private InfeasibleBudgetException infeasible(PolicyCosts least) {
        List<InfeasibleBudgetException.Shortfall> shortfalls = new ArrayList<>();
        for (CostKind kind : budgets.exceededBy(least)) {
            shortfalls.add(new InfeasibleBudgetException.Shortfall(kind, budgets.limit(kind).orElseThrow(),
                    least.value(kind)));
        }
        return new InfeasibleBudgetException(shortfalls);
    }

    private BitWidthPolicy withLocksApplied(BitWidthPolicy policy) {
        BitWidthPolicy result = policy;
        for (String layer : policy.layers()) {
            LayerBits locked = constraints.locked(layer).orElse(null);
            if (locked != null && !locked.equals(policy.bits(layer))) {
                result = result.with(layer, locked);
            }
        }
        return result;
    }

    private BitWidthPolicy lowered(BitWidthPolicy policy, String layer, StepKind kind) {
        if (constraints.locked(layer).isPresent()) {
            return policy;
        }
        LayerBits bits = policy.bits(layer);
        int current = kind == StepKind.WEIGHT ? bits.weightBits() : bits.activationBits();
        if (current <= constraints.range(kind).min()) {
            return policy;
        }
        LayerBits next = kind == StepKind.WEIGHT ? new LayerBits(current - 1, bits.activationBits())
                : new LayerBits(bits.weightBits(), current - 1);
        return policy.with(layer, next);
    }
}
