package org.mcuq.liteengine.quant.internal;

import java.util.List;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Relu6;
import org.mcuq.liteengine.quant.FixedPointMultiplier;
import org.mcuq.liteengine.quant.QuantizationException;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * Quantizes an add or a stand-alone ReLU/ReLU6 as a scaled sum. All inputs share the shift of the largest factor
 * {@code step_i / step_out} normalised to 31 bits; smaller factors keep proportionally fewer significant bits.
 */
public final class ScaledSumQuantizer {

    private ScaledSumQuantizer() {
    }

    public static QuantizedScaledSum quantize(Layer layer, List<TensorQuantization> in, TensorQuantization out) {
        double[] reals = new double[in.size()];
        double largest = 0;
        for (int i = 0; i < reals.length; i++) {
            reals[i] = (double) in.get(i).step() / out.step();
            largest = Math.max(largest, reals[i]);
        }
        int shift = commonShift(layer, largest);
        int[] multipliers = new int[reals.length];
        for (int i = 0; i < reals.length; i++) {
            multipliers[i] = FixedPointMultiplier.withShift(reals[i], shift).multiplier();
        }
        ClampBounds clamp = ClampBounds.of(activation(layer), out);
        return new QuantizedScaledSum(layer, in, out, multipliers, shift, clamp.min(), clamp.max());
    }

    private static int commonShift(Layer layer, double largest) {
        try {
            return FixedPointMultiplier.of(largest).shift();
        } catch (IllegalArgumentException e) {
            throw new QuantizationException(layer.name(), "an input step is " + largest + " times the output step,"
                    + " beyond the representable 2^30; the output step is far too small. Check the learned steps.");
        }
    }

    private static Activation activation(Layer layer) {
        if (layer instanceof Add add) {
            return add.activation();
        }
        return layer instanceof Relu6 ? Activation.RELU6 : Activation.RELU;
    }
}
