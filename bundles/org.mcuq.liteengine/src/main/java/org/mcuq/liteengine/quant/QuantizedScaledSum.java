package org.mcuq.liteengine.quant;

import java.util.List;

import org.mcuq.ir.Layer;

/**
 * An element-wise rescaling sum, used for adds (any number of inputs) and for ReLU/ReLU6 layers that could not be
 * fused (one input): {@code y = clamp(roundingShiftRight(sum_i (int64) x_i * multipliers[i], shift), clampMin,
 * clampMax)}, where {@code multipliers[i] / 2^shift} approximates {@code step_i / step_out}. All inputs share the
 * one shift, so the sum is rounded once.
 */
public record QuantizedScaledSum(Layer source, List<TensorQuantization> inputFormats, TensorQuantization output,
        int[] multipliers, int shift, int clampMin, int clampMax) implements QuantizedLayer {

    public QuantizedScaledSum {
        inputFormats = List.copyOf(inputFormats);
    }
}
