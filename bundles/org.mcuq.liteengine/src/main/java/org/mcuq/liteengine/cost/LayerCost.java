package org.mcuq.liteengine.cost;

import org.mcuq.liteengine.codegen.KernelKind;

/**
 * What one layer costs under a policy, as the cost model estimates it.
 *
 * @param layer         layer name (in the prepared network: batch-norms folded, activations fused)
 * @param step          index in the execution order
 * @param kind          the kernel the code generator would choose
 * @param instructions  estimated instructions of one inference of the layer
 * @param cycles        estimated cycles (the boards profiler's Cortex-M4 cycle model, on every core)
 * @param liveBytes     arena bytes in use while the layer runs (live tensors and its scratch), exact
 * @param scratchBytes  the kernel's own scratch, exact
 * @param constantBytes flash bytes of its weights, biases and requantization tables, exact
 * @param codeBytes     estimated bytes of machine code of its kernel
 */
public record LayerCost(String layer, int step, KernelKind kind, double instructions, double cycles, int liveBytes,
        int scratchBytes, long constantBytes, double codeBytes) {
}
