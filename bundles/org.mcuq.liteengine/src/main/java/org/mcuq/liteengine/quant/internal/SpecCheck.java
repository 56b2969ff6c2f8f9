package org.mcuq.liteengine.quant.internal;

import java.util.Set;
import java.util.TreeSet;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizationException;
import org.mcuq.liteengine.quant.QuantizationSpec;

/** Checks a {@link QuantizationSpec} against the prepared network it is applied to. */
public final class SpecCheck {

    private static final String PREPARED = " in the prepared network (batch-norms are folded into the preceding"
            + " layer and ReLU/ReLU6 layers fused into it, keeping that layer's name)";

    private SpecCheck() {
    }

    public static void check(Network network, QuantizationSpec spec) {
        spec.layerBits().keySet().forEach(name -> requireWeighted(network, name, "bits"));
        spec.layersWithWeightSteps().forEach(name -> checkWeightSteps(network, spec, name));
        spec.layersWithActivationSteps().forEach(name -> requireStepOwner(network, name));
        for (Layer layer : network.layers()) {
            if (LayerRoles.hasWeights(layer) && spec.bitsOf(layer.name()).isEmpty()) {
                throw new QuantizationException(layer.name(), "the quantization spec gives no bits for this layer;"
                        + " add an entry for it or start from QuantizationSpec.uniform(...).");
            }
        }
    }

    private static void requireWeighted(Network network, String name, String what) {
        if (!network.contains(name) || !LayerRoles.hasWeights(network.layer(name))) {
            throw new QuantizationException(name, "the quantization spec gives " + what + " for this layer, but"
                    + " it is not a conv, depthwise conv, dense or batch-norm layer" + PREPARED + "."
                    + suggestion(network, name));
        }
    }

    private static void checkWeightSteps(Network network, QuantizationSpec spec, String name) {
        requireWeighted(network, name, "weight steps");
        int expected = LayerRoles.channels(network.layer(name));
        int given = spec.weightSteps(name).orElseThrow().length;
        if (given != expected) {
            throw new QuantizationException(name, "the quantization spec gives " + given + " weight steps but the"
                    + " layer has " + expected + " output channels; give one step per output channel.");
        }
    }

    private static void requireStepOwner(Network network, String name) {
        if (!network.contains(name) || !LayerRoles.ownsStep(network.layer(name))) {
            throw new QuantizationException(name, "the quantization spec gives an activation step for this layer,"
                    + " but only the input, layers with weights, adds and stand-alone ReLU/ReLU6 layers" + PREPARED
                    + " have steps of their own; pooling, padding, flatten, reshape and softmax keep their input's"
                    + " step." + suggestion(network, name));
        }
    }

    private static String suggestion(Network network, String name) {
        if (network.contains(name)) {
            return "";
        }
        Set<String> weighted = new TreeSet<>();
        network.layers().stream().filter(LayerRoles::hasWeights).forEach(l -> weighted.add(l.name()));
        return " There is no layer of that name; the layers with weights are " + weighted + ".";
    }
}
