package org.mcuq.rlquant.agent;

/**
 * What lowering one width saves against the exceeded budgets, per bit given up: {@code share}, the summed fraction
 * of each excess it removes (each capped at 1), and {@code overshoot}, the summed saving relative to each excess
 * (how much more than needed it gives up).
 */
record StepScore(double share, double overshoot) {

    static StepScore of(Budgets budgets, PolicyCosts before, PolicyCosts after, int bitsGivenUp) {
        double share = 0;
        double overshoot = 0;
        for (CostKind kind : budgets.exceededBy(before)) {
            double excess = before.value(kind) - budgets.limit(kind).orElseThrow();
            double saved = before.value(kind) - after.value(kind);
            share += Math.min(1, Math.max(0, saved) / excess);
            overshoot += Math.max(0, saved) / excess;
        }
        return new StepScore(share / bitsGivenUp, overshoot / bitsGivenUp);
    }

    boolean helps() {
        return share > 0;
    }

    /** More of the excess removed; among equals, less given up beyond it. Ties keep the earlier candidate. */
    boolean betterThan(StepScore other) {
        return share > other.share + 1e-12 || (Math.abs(share - other.share) <= 1e-12 && overshoot
                < other.overshoot - 1e-12);
    }
}
