/**
 * Operand packing for LiteEngine's generated kernels: several low-bit operands per multiply instruction.
 *
 * <p>{@link org.mcuq.liteengine.packing.PackingPlanner} derives, for a weight width, an activation width
 * (1..8 bits each) and a target {@link org.mcuq.liteengine.packing.Core}, every packing layout that the three
 * overflow conditions prove safe (operands fit; no carry into the result field; the result field holds its sum)
 * and picks the one with the most MACs per instruction under a {@link org.mcuq.liteengine.packing.CostModel}.
 * {@link org.mcuq.liteengine.packing.PackingPlanner#verify} refuses any plan it cannot prove, naming the
 * condition. {@link org.mcuq.liteengine.packing.RegisterSimulator} reproduces the generated C's register
 * arithmetic bit for bit, so a plan's dot products can be checked against plain integer arithmetic.
 * {@link org.mcuq.liteengine.packing.OperandEncoding} documents the operand ranges (binary 1-bit weights are
 * -1/+1) and the zero-point correction.
 */
package org.mcuq.liteengine.packing;
