package org.mcuq.ir.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.NetworkValidationException;
import org.mcuq.ir.OpType;

/** Structural checks of a layer graph: names, references, single input and output, softmax placement. */
public final class GraphChecks {

    private GraphChecks() {
    }

    /** Indexes the layers by name, rejecting nulls and duplicate names. */
    public static Map<String, Layer> indexByName(String network, List<Layer> layers) {
        if (layers == null || layers.isEmpty()) {
            throw new NetworkValidationException("Network '" + network + "' has no layers; add at least an input.");
        }
        Map<String, Layer> byName = new LinkedHashMap<>();
        for (Layer layer : layers) {
            if (layer == null) {
                throw new NetworkValidationException("Network '" + network + "' contains a null layer; remove it.");
            }
            if (byName.putIfAbsent(layer.name(), layer) != null) {
                throw new NetworkValidationException(layer.name(), "the name is used by more than one layer;"
                        + " rename one of them so that names are unique.");
            }
        }
        return byName;
    }

    /** Every input name must refer to a layer of the network. */
    public static void requireInputsExist(Map<String, Layer> byName) {
        for (Layer layer : byName.values()) {
            for (String input : layer.inputs()) {
                if (!byName.containsKey(input)) {
                    throw new NetworkValidationException(layer.name(), "its input '" + input
                            + "' is not a layer of this network; add that layer or fix the input name.");
                }
            }
        }
    }

    /** Exactly one {@link InputLayer}; returns it. */
    public static InputLayer requireSingleInput(String network, List<Layer> layers) {
        List<Layer> inputs = layers.stream().filter(l -> l.op() == OpType.INPUT).toList();
        if (inputs.size() != 1) {
            throw new NetworkValidationException("Network '" + network + "' must have exactly one input layer but has "
                    + inputs.size() + " " + names(inputs) + "; models with several inputs are not supported.");
        }
        return (InputLayer) inputs.get(0);
    }

    /** Exactly one layer consumed by nobody; returns it. */
    public static Layer requireSingleOutput(String network, List<Layer> layers, Map<String, List<Layer>> consumers) {
        List<Layer> outputs = new ArrayList<>();
        for (Layer layer : layers) {
            if (consumers.get(layer.name()).isEmpty()) {
                outputs.add(layer);
            }
        }
        if (outputs.size() != 1) {
            throw new NetworkValidationException("Network '" + network + "' must have exactly one output (a layer"
                    + " consumed by no other) but has " + outputs.size() + " " + names(outputs)
                    + "; remove unused branches or merge the outputs.");
        }
        return outputs.get(0);
    }

    /** Softmax is only allowed as the output layer. */
    public static void requireSoftmaxLast(List<Layer> layers, Layer output) {
        for (Layer layer : layers) {
            if (layer.op() == OpType.SOFTMAX && layer != output) {
                throw new NetworkValidationException(layer.name(), "Softmax is only supported as the last layer,"
                        + " but its output feeds other layers; move it to the end or remove it.");
            }
        }
    }

    private static String names(List<Layer> layers) {
        return layers.stream().map(l -> "'" + l.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
