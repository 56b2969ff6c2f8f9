/**
 * LiteEngine's analytic cost model: estimated instructions, cycles, RAM and flash of the generated code for any
 * per-layer bit policy on Cortex-M3, M4 and M7, without generating or running it.
 *
 * <p>{@link org.mcuq.liteengine.cost.NetworkCostModel#of} prices every layer of a network on a core at every
 * setting of its bits once; {@link org.mcuq.liteengine.cost.NetworkCostModel#estimate} then evaluates a policy
 * with a table lookup per layer and the arena plan ({@link org.mcuq.liteengine.cost.PolicyCost},
 * {@link org.mcuq.liteengine.cost.LayerCost}). Instruction and cycle coefficients per kernel are calibrated on
 * QEMU by {@code CostCalibration} in the LiteEngine tests and shipped as
 * {@code cost-coefficients-<core>.properties}; RAM (arena) and constant bytes follow the memory planner and the
 * kernel selection exactly.
 */
package org.mcuq.liteengine.cost;
