/**
 * Headless orchestration of MCUQ's cores, from a model file to a bit-exact firmware run (docs/pipeline.md).
 *
 * <p>{@link org.mcuq.pipeline.Pipeline#generate} imports a model, checks a {@link org.mcuq.pipeline.Precision}
 * (uniform bits or a policy file) against it, quantizes with calibration where needed and writes a LiteEngine C
 * project for a board ({@link org.mcuq.pipeline.BoardFirmware}) with its {@link org.mcuq.pipeline.ProjectSpec}.
 * {@link org.mcuq.pipeline.Pipeline#run} rebuilds the quantized network from that spec, builds and runs the
 * firmware on QEMU and compares the output with the integer reference ({@link org.mcuq.pipeline.RunReport}).
 * Problems the user can cause are {@link org.mcuq.pipeline.PipelineException}s with one-line messages.
 */
package org.mcuq.pipeline;
