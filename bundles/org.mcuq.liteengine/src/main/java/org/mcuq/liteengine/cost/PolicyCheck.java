package org.mcuq.liteengine.cost;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.mcuq.liteengine.quant.LayerBits;

/** Checks that a policy fits a cost model's layers before it is priced. */
final class PolicyCheck {

    private PolicyCheck() {
    }

    static void requireLayers(List<String> layers, Map<String, LayerBits> bits) {
        if (bits == null) {
            throw new CostModelException("The policy is missing (null); give bits for " + layers + ".");
        }
        TreeSet<String> missing = new TreeSet<>(layers);
        missing.removeAll(bits.keySet());
        TreeSet<String> unknown = new TreeSet<>(bits.keySet());
        unknown.removeAll(layers);
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new CostModelException("The policy does not match the network's layers with weights " + layers
                    + (missing.isEmpty() ? "" : ": no bits for " + missing)
                    + (unknown.isEmpty() ? "" : ": no layer with weights is called " + unknown)
                    + ". Names are those of the prepared network (batch-norms folded, activations fused).");
        }
        bits.forEach((layer, b) -> {
            if (b == null) {
                throw new CostModelException("The policy gives no bits (null) for layer '" + layer + "'.");
            }
        });
    }

    static void requireBits(List<String> layers, int[] weightBits, int[] activationBits) {
        if (weightBits == null || activationBits == null || weightBits.length != layers.size()
                || activationBits.length != layers.size()) {
            throw new CostModelException("A policy needs " + layers.size() + " weight and " + layers.size()
                    + " activation bit widths, one per layer with weights " + layers + "; got "
                    + length(weightBits) + " and " + length(activationBits) + ".");
        }
        for (int i = 0; i < weightBits.length; i++) {
            requireBits(layers.get(i), i, "weight", weightBits[i]);
            requireBits(layers.get(i), i, "activation", activationBits[i]);
        }
    }

    private static void requireBits(String layer, int position, String what, int bits) {
        if (bits < LayerBits.MIN_BITS || bits > LayerBits.MAX_BITS) {
            throw new CostModelException("The " + what + " bits of layer '" + layer + "' (position " + position
                    + " of the policy) are " + bits + "; use " + LayerBits.MIN_BITS + ".." + LayerBits.MAX_BITS + ".");
        }
    }

    private static String length(int[] values) {
        return values == null ? "none (null)" : Integer.toString(values.length);
    }
}
