package org.mcuq.rlquant.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Upper limits on a policy's costs; a kind without a limit is unconstrained. Immutable. */
public final class Budgets {

    private final Map<CostKind, Long> limits;

    private Budgets(Map<CostKind, Long> limits) {
        this.limits = Collections.unmodifiableMap(limits);
    }

    /** No limit at all. */
    public static Budgets none() {
        return new Budgets(new EnumMap<>(CostKind.class));
    }

    /** A copy in which {@code kind} may cost at most {@code limit}. */
    public Budgets with(CostKind kind, long limit) {
        if (kind == null || limit < 0) {
            throw new IllegalArgumentException("A budget needs a cost kind and a non-negative limit, got " + kind
                    + " <= " + limit + ".");
        }
        Map<CostKind, Long> copy = new EnumMap<>(CostKind.class);
        copy.putAll(limits);
        copy.put(kind, limit);
        return new Budgets(copy);
    }

    public OptionalLong limit(CostKind kind) {
        Long limit = limits.get(kind);
        return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
    }

    /** The kinds whose limit {@code costs} exceed, in {@link CostKind} order. */
    public List<CostKind> exceededBy(PolicyCosts costs) {
        List<CostKind> exceeded = new ArrayList<>();
        limits.forEach((kind, limit) -> {
            if (costs.value(kind) > limit) {
                exceeded.add(kind);
            }
        });
        return exceeded;
    }

    public boolean admits(PolicyCosts costs) {
        return exceededBy(costs).isEmpty();
    }

    @Override
    public String toString() {
        return limits.isEmpty() ? "no budget" : limits.toString();
    }
}
