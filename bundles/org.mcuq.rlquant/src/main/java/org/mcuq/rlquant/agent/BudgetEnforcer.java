package org.mcuq.rlquant.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.liteengine.quant.LayerBits;

/**
 * Makes a policy fit its budgets by lowering widths step by step, as HAQ does, but choosing each step by what it
 * saves: the lowering of one width (by one or more bits) that removes the largest share of the exceeded budgets'
 * excess per bit given up (each share capped at all of it), among equals the one that overshoots least, then the
 * later layer and activations before weights (HAQ's order).
 * HAQ's fixed walk from the last layer lowers widths that cost nothing, for instance the output layer's
 * activations when the RAM peak lies at the first layers, and so wastes accuracy. Locked layers and range minimums
 * are respected. If no step lowers an exceeded cost, HAQ's walk takes over, which ends at the all-minimum policy.
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
        while (!fits(current)) {
            BitWidthPolicy next = bestStep(current);
            if (next == current) {
                throw infeasible(costModel.costs(current));
            }
            current = next;
        }
        return current;
    }

    /** The narrowest policy the constraints allow over {@code policy}'s layers. */
    public BitWidthPolicy minimumPolicy(BitWidthPolicy policy) {
        Map<String, LayerBits> minimum = new LinkedHashMap<>();
        policy.layers().forEach(layer -> minimum.put(layer, constraints.minimum(layer)));
        return BitWidthPolicy.of(minimum);
    }

    /**
     * The best step from {@code policy}: one width lowered by one or more bits, scored per bit given up (costs need
     * not fall with every bit: a width whose storage format changes can cost more than the next wider one). If no
     * step lowers an exceeded cost, HAQ's next step.
     */
    private BitWidthPolicy bestStep(BitWidthPolicy policy) {
        PolicyCosts costs = costModel.costs(policy);
        StepScore best = null;
        BitWidthPolicy chosen = policy;
        for (String layer : policy.layers().reversed()) {
            for (StepKind kind : List.of(StepKind.ACTIVATION, StepKind.WEIGHT)) {
                int bitsGivenUp = 1;
                for (BitWidthPolicy lowered = lowerOrNull(policy, layer, kind); lowered != null;
                        lowered = lowerOrNull(lowered, layer, kind), bitsGivenUp++) {
                    StepScore score = StepScore.of(budgets, costs, costModel.costs(lowered), bitsGivenUp);
                    if (score.helps() && (best == null || score.betterThan(best))) {
                        best = score;
                        chosen = lowered;
                    }
                }
            }
        }
        return best != null ? chosen : haqStep(policy);
    }

    private BitWidthPolicy lowerOrNull(BitWidthPolicy policy, String layer, StepKind kind) {
        BitWidthPolicy lowered = lowered(policy, layer, kind);
        return lowered == policy ? null : lowered;
    }

    /** HAQ's order: the last layer's activation that can still be lowered, then the last layer's weights. */
    private BitWidthPolicy haqStep(BitWidthPolicy policy) {
        for (StepKind kind : List.of(StepKind.ACTIVATION, StepKind.WEIGHT)) {
            for (String layer : policy.layers().reversed()) {
                BitWidthPolicy lowered = lowered(policy, layer, kind);
                if (lowered != policy) {
                    return lowered;
                }
            }
        }
        return policy;
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
