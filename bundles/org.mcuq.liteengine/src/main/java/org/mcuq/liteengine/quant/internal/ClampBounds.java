package org.mcuq.liteengine.quant.internal;

import org.mcuq.ir.Activation;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * Output clamp of a requantizing layer: the output tensor's range, narrowed by a fused activation. ReLU clamps at
 * 0; ReLU6 also at {@code Math.round(6 / step)} (half up), if that is below the range's top.
 */
public record ClampBounds(int min, int max) {

    public static ClampBounds of(Activation activation, TensorQuantization out) {
        int min = out.min();
        int max = out.max();
        if (activation != Activation.NONE) {
            min = Math.max(min, 0);
        }
        if (activation == Activation.RELU6) {
            max = (int) Math.min(max, Math.round(6.0 / out.step()));
        }
        return new ClampBounds(min, max);
    }
}
