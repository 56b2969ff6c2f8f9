/**
 * The bit-width search: HAQ's DDPG agent ({@code agent}) proposes per-layer widths, budgets are enforced with
 * LiteEngine's analytic cost model, each policy is fine-tuned briefly with LSQ ({@code lsq}) and scored on a fixed
 * validation split, and the reward goes back to the agent. A random search with the same evaluation is the
 * baseline.
 */
package org.mcuq.rlquant.search;
