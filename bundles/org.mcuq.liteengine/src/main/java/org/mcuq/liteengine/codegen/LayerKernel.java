package org.mcuq.liteengine.codegen;

import java.util.List;
import java.util.Optional;

import org.mcuq.liteengine.packing.PackingPlan;

/**
 * The kernel chosen for one layer.
 *
 * @param layer         layer name
 * @param step          index in the execution order
 * @param kind          what kind of kernel runs it
 * @param plan          the packing plan of a dot-product kernel (DOT_PACKED, DOT_SMLAD, DOT_PLAIN)
 * @param note          why this kernel was chosen, including any plan that was refused and why
 * @param scratchBytes  scratch RAM the kernel needs while it runs
 * @param constantBytes flash bytes of its weights, biases and requantization constants
 * @param inPlaceInputs inputs the kernel may overwrite with its output, preferred first
 */
public record LayerKernel(String layer, int step, KernelKind kind, Optional<PackingPlan> plan, String note,
        int scratchBytes, long constantBytes, List<Integer> inPlaceInputs) {

    public LayerKernel {
        inPlaceInputs = List.copyOf(inPlaceInputs);
    }

    /** Whether the kernel computes several MACs per multiply instruction on packed sub-byte fields. */
    public boolean packedMultiply() {
        return kind == KernelKind.DOT_PACKED;
    }

    public String describe() {
        return String.format("%3d %-24s %-20s %s", step, layer, kind.label(), note);
    }
}
