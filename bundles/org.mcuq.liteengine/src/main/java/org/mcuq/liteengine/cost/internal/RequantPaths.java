package org.mcuq.liteengine.cost.internal;

import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.CalibrationMethod;
import org.mcuq.liteengine.quant.FixedPointMultiplier;
import org.mcuq.liteengine.quant.internal.WeightSteps;

/**
 * Predicts whether a layer's requantization takes the cheaper high-word path, which the generator uses when every
 * channel's shift exceeds 32, i.e. every factor {@code weightStep * inputStep / outputStep} is below 1/4. Weight
 * steps are calibrated from the float weights as the quantizer does (MSE); activation steps come from
 * {@link ActivationSteps}.
 */
final class RequantPaths {

    private static final int HIGH_WORD_SHIFT = 32;

    private final float[][] weightSteps = new float[9][];
    private final float[] inputSteps = new float[9];
    private final float[] outputSteps = new float[9];

    RequantPaths(Network prepared, Layer layer, ActivationSteps activations) {
        float[] weights = weights(layer);
        int channels = channels(layer);
        for (int bits = 1; bits <= 8; bits++) {
            weightSteps[bits] = WeightSteps.calibrate(weights, channels, bits, CalibrationMethod.MSE);
            inputSteps[bits] = activations.step(prepared, layer.inputs().get(0), bits);
            outputSteps[bits] = activations.step(prepared, layer.name(), bits);
        }
    }

    boolean highWord(int weightBits, int inputBits, int outputBits) {
        for (float weightStep : weightSteps[weightBits]) {
            double real = (double) weightStep * inputSteps[inputBits] / outputSteps[outputBits];
            if (!(real < 1 << 29) || FixedPointMultiplier.of(real).shift() <= HIGH_WORD_SHIFT) {
                return false;
            }
        }
        return true;
    }

    private static float[] weights(Layer layer) {
        if (layer instanceof BatchNorm bn) {
            float[] scale = new float[bn.channels()];
            for (int c = 0; c < scale.length; c++) {
                scale[c] = bn.scale(c);
            }
            return scale;
        }
        return ((WeightedLayer) layer).weights();
    }

    private static int channels(Layer layer) {
        return layer instanceof BatchNorm bn ? bn.channels() : ((WeightedLayer) layer).outChannels();
    }
}
