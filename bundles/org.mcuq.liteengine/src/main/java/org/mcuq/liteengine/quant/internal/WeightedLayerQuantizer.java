package org.mcuq.liteengine.quant.internal;

import java.util.Arrays;

import org.mcuq.ir.Layer;
import org.mcuq.liteengine.quant.FixedPointMultiplier;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationException;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.liteengine.quant.WeightFormat;

/** Quantizes a conv, depthwise conv, dense or unfolded batch-norm layer. */
public final class WeightedLayerQuantizer {

    private WeightedLayerQuantizer() {
    }

    public static QuantizedWeightedLayer quantize(Layer layer, TensorQuantization in, TensorQuantization out,
            QuantizationSpec spec) {
        FloatParameters p = FloatParameters.of(layer);
        LayerBits bits = spec.bitsOf(layer.name()).orElseThrow();
        float[] steps = spec.weightSteps(layer.name())
                .orElseGet(() -> WeightSteps.calibrate(p.weights(), p.channels(), bits.weightBits(),
                        spec.calibration()));
        byte[] weights = integerWeights(p, steps, bits.weightBits());
        int[] bias = new int[p.channels()];
        FixedPointMultiplier[] requant = new FixedPointMultiplier[p.channels()];
        for (int c = 0; c < p.channels(); c++) {
            double accumulatorStep = (double) steps[c] * in.step();
            long headroom = Integer.MAX_VALUE - accumulatorBound(layer, weights, p.channels(), c, in);
            bias[c] = (int) Math.max(-headroom, Math.min(headroom, Math.rint(p.bias()[c] / accumulatorStep)));
            requant[c] = requantizer(layer, accumulatorStep / out.step(), c);
        }
        ClampBounds clamp = ClampBounds.of(p.activation(), out);
        return new QuantizedWeightedLayer(layer, in, out, bits.weightBits(), steps, weights, bias,
                Arrays.stream(requant).mapToInt(FixedPointMultiplier::multiplier).toArray(),
                Arrays.stream(requant).mapToInt(FixedPointMultiplier::shift).toArray(), clamp.min(), clamp.max());
    }

    private static byte[] integerWeights(FloatParameters p, float[] steps, int bits) {
        byte[] q = new byte[p.weights().length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (byte) WeightFormat.quantize(p.weights()[i], steps[i % p.channels()], bits);
        }
        return q;
    }

    /** {@code sum |w| * max|x|} over channel {@code c}: the largest magnitude the products can reach. */
    private static long accumulatorBound(Layer layer, byte[] weights, int channels, int c, TensorQuantization in) {
        long bound = 0;
        for (int i = c; i < weights.length; i += channels) {
            bound += Math.abs(weights[i]) * (long) in.maxMagnitude();
        }
        if (bound > Integer.MAX_VALUE) {
            throw new QuantizationException(layer.name(), "the int32 accumulator of output channel " + c
                    + " could reach " + bound + " (sum of |weights| times the largest input magnitude), beyond"
                    + " 2^31 - 1; use fewer weight or input bits for this layer.");
        }
        return bound;
    }

    private static FixedPointMultiplier requantizer(Layer layer, double real, int c) {
        try {
            return FixedPointMultiplier.of(real);
        } catch (IllegalArgumentException e) {
            throw new QuantizationException(layer.name(), "output channel " + c + " needs the requantization factor"
                    + " weightStep * inputStep / outputStep = " + real + ", which is not in (0, 2^30); the output"
                    + " step is far too small for the weight and input steps. Check the learned steps.");
        }
    }
}
