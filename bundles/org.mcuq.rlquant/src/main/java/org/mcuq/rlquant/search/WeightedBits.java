package org.mcuq.rlquant.search;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.rlquant.agent.BitWidthPolicy;

/**
 * A policy's average widths weighted by what they store: bits per parameter (weights and biases of the searched
 * layers, so flash) and bits per activation value (the searched layers' outputs, so RAM traffic).
 *
 * @param perParameter  weight bits averaged over the layers' parameters
 * @param perActivation activation bits averaged over the layers' output values
 */
public record WeightedBits(double perParameter, double perActivation) {

    /** The averages of {@code policy} over its layers of {@code network} (batch-norms folded). */
    public static WeightedBits of(Network network, BitWidthPolicy policy) {
        double weightBits = 0;
        double params = 0;
        double activationBits = 0;
        double values = 0;
        for (String layer : policy.layers()) {
            LayerBits bits = policy.bits(layer);
            long p = network.params(layer);
            long v = network.shapeOf(layer).elements();
            weightBits += (double) p * bits.weightBits();
            params += p;
            activationBits += (double) v * bits.activationBits();
            values += v;
        }
        return new WeightedBits(params == 0 ? 0 : weightBits / params, values == 0 ? 0 : activationBits / values);
    }
}
