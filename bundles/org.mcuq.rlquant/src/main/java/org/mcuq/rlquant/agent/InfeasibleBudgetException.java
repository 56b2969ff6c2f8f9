package org.mcuq.rlquant.agent;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when no policy within the bit constraints meets the budgets: even every layer at its minimum widths (locked
 * layers at their locked widths) costs more than allowed. Says which budgets fail and the smallest achievable value.
 */
public final class InfeasibleBudgetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One budget that cannot be met, with the least the policy can cost in that kind. */
    public record Shortfall(CostKind kind, long budget, long smallestAchievable) {
    }

    private final transient List<Shortfall> shortfalls;

    public InfeasibleBudgetException(List<Shortfall> shortfalls) {
        super(message(shortfalls));
        this.shortfalls = List.copyOf(shortfalls);
    }

    /** The budgets that cannot be met, in {@link CostKind} order. */
    public List<Shortfall> shortfalls() {
        return shortfalls;
    }

    private static String message(List<Shortfall> shortfalls) {
        String what = shortfalls.stream().map(InfeasibleBudgetException::describe)
                .collect(Collectors.joining("; "));
        return "The budget cannot be met: " + what + ". Even with every layer at its minimum bit widths (locked "
                + "layers at their locked widths) the policy costs more. Raise the budget to at least the smallest "
                + "achievable value, lower the minimum bit widths, or unlock layers.";
    }

    private static String describe(Shortfall s) {
        return String.format(Locale.ROOT, "%s budget %,d %s, smallest achievable %,d %s", s.kind().label(),
                s.budget(), s.kind().unit(), s.smallestAchievable(), s.kind().unit());
    }
}
