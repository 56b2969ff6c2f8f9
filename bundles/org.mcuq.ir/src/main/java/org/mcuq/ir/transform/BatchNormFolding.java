package org.mcuq.ir.transform;

import org.mcuq.ir.Activation;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.ir.internal.GraphRewrite;

/**
 * Folds each batch-norm that directly follows a conv, depthwise conv or dense layer into that layer's weights and
 * bias: {@code w' = w * s}, {@code b' = (b - mean) * s + beta} with {@code s = gamma / sqrt(variance + epsilon)}
 * per output channel. A batch-norm whose producer has another consumer, a fused activation or no weights stays.
 */
public final class BatchNormFolding {

    private BatchNormFolding() {
    }

    /** A new network with every foldable batch-norm folded; the batch-norm's consumers read the producer. */
    public static Network fold(Network network) {
        GraphRewrite rewrite = new GraphRewrite(network);
        for (Layer layer : network.layers()) {
            if (layer instanceof BatchNorm bn && isFoldable(network, bn)) {
                WeightedLayer producer = (WeightedLayer) rewrite.current(bn.input());
                rewrite.replace(folded(producer, bn));
                rewrite.remove(bn.name(), producer.name());
            }
        }
        return rewrite.build();
    }

    private static boolean isFoldable(Network network, BatchNorm bn) {
        return network.layer(bn.input()) instanceof WeightedLayer producer
                && producer.activation() == Activation.NONE
                && network.consumers(producer.name()).size() == 1;
    }

    private static WeightedLayer folded(WeightedLayer producer, BatchNorm bn) {
        int channels = producer.outChannels();
        double[] scale = new double[channels];
        float[] bias = new float[channels];
        for (int c = 0; c < channels; c++) {
            scale[c] = bn.gamma()[c] / Math.sqrt((double) bn.variance()[c] + bn.epsilon());
            bias[c] = (float) ((producer.bias()[c] - (double) bn.mean()[c]) * scale[c] + bn.beta()[c]);
        }
        float[] weights = new float[producer.weights().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (producer.weights()[i] * scale[i % channels]);
        }
        return producer.withParameters(weights, bias);
    }
}
