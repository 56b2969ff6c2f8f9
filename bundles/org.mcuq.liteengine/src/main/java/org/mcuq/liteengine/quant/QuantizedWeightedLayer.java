package org.mcuq.liteengine.quant;

import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Layer;

/**
 * A conv, depthwise conv or dense layer, or a batch-norm that could not be folded (then a per-channel affine op
 * {@code acc = bias[c] + weights[c] * x}). Per output channel {@code c}:
 * {@code acc = bias[c] + sum w * x} in int32 (padding contributes 0), then
 * {@code y = clamp(requantize(acc, multipliers[c], shifts[c]), clampMin, clampMax)}; the fused ReLU/ReLU6 is the
 * clamp. The quantizer proves that {@code |bias[c]| + sum |w| * max|x|} fits in int32.
 *
 * @param source      a {@link Conv2D}, {@link DepthwiseConv2D}, {@link Dense} or {@link BatchNorm}
 * @param input       quantization of the input tensor
 * @param weightSteps per-channel weight steps, real weight = {@code weights[i] * weightSteps[channel]}
 * @param weights     integer weights in the IR layout (HWIO, HWC, IO; one per channel for batch-norm), the output
 *                    channel varying fastest; 1-bit weights are -1 or +1
 * @param bias        int32 bias per channel, {@code rint(b / (weightStep * inputStep))}, saturated if needed
 * @param multipliers per-channel fixed-point multipliers of {@code weightStep * inputStep / outputStep}
 * @param shifts      per-channel total right shifts (1..62) belonging to {@code multipliers}
 */
public record QuantizedWeightedLayer(Layer source, TensorQuantization input, TensorQuantization output,
        int weightBits, float[] weightSteps, byte[] weights, int[] bias, int[] multipliers, int[] shifts,
        int clampMin, int clampMax) implements QuantizedLayer {

    /** Number of output channels. */
    public int channels() {
        return bias.length;
    }

    /** The requantization of channel {@code c}. */
    public FixedPointMultiplier requantizer(int c) {
        return new FixedPointMultiplier(multipliers[c], shifts[c]);
    }
}
