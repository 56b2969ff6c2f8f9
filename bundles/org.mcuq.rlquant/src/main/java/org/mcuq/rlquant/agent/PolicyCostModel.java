package org.mcuq.rlquant.agent;

/**
 * Estimates what a bit-width policy costs on the target (for instance LiteEngine's analytic cost model, or a
 * lookup of per-layer measurements). Must be deterministic; it may be called many times per episode.
 */
@FunctionalInterface
public interface PolicyCostModel {

    PolicyCosts costs(BitWidthPolicy policy);
}
