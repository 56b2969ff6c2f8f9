package org.mcuq.liteengine.quant.internal;

import org.mcuq.ir.Activation;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Layer;
import org.mcuq.ir.WeightedLayer;

/**
 * The float weights, bias and fused activation of a layer with weights; an unfolded batch-norm becomes the
 * per-channel affine op with weight {@code gamma / sqrt(variance + epsilon)} and bias {@code beta - mean * weight}.
 */
record FloatParameters(float[] weights, float[] bias, int channels, Activation activation) {

    static FloatParameters of(Layer layer) {
        if (layer instanceof BatchNorm bn) {
            int c = bn.channels();
            float[] scale = new float[c];
            float[] shift = new float[c];
            for (int ch = 0; ch < c; ch++) {
                scale[ch] = bn.scale(ch);
                shift[ch] = bn.shift(ch);
            }
            return new FloatParameters(scale, shift, c, Activation.NONE);
        }
        WeightedLayer w = (WeightedLayer) layer;
        return new FloatParameters(w.weights(), w.bias(), w.outChannels(), w.activation());
    }
}
