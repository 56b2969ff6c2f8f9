/**
 * LiteEngine's C code generator: interpreter-free C for one quantized network on one Cortex-M core.
 *
 * <p>{@link org.mcuq.liteengine.codegen.CodeGenerator#generate} writes a project with one C function per layer,
 * specialised for its shapes, bit widths and constants, packed {@code const} weights, one static activation arena
 * planned by {@link org.mcuq.liteengine.memory.MemoryPlanner}, {@code <prefix>_run(input, output)} over packed
 * quantized tensors, a test {@code main.c} that runs the network between the MCUQ firmware-contract markers and
 * sends the output over semihosting, a Makefile and the target's {@link org.mcuq.liteengine.codegen.FirmwareSkeleton}.
 * Every kernel computes exactly the integer semantics of {@code ReferenceExecutor} (docs/liteengine-arithmetic.md).
 *
 * <p>Conv and dense layers use the packing planner's proven plan for their bit widths and core
 * ({@link org.mcuq.liteengine.codegen.KernelSelection}): several MACs per MUL/MLA, UMLAL or SMLAD on packed fields,
 * activations packed once per im2col column and shared by all output channels, result fields extracted every T
 * multiplies exactly as {@code RegisterSimulator} does; 8-bit layers on DSP cores use SMLAD on int16 halves with
 * SXTB16-widened weights in 2 channel x 2 pixel blocks. Plans are verified with {@code PackingPlanner.verify};
 * dot products longer than the plan's accumulator proof fall back to plain MLA, and a requested plan that fails
 * either check is refused with the reason.
 */
package org.mcuq.liteengine.codegen;
