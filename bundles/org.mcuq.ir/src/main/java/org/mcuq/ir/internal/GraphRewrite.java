package org.mcuq.ir.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;

/**
 * Collects edits to a network (replace a layer, remove a layer and let its consumers read another one) and
 * builds the edited network.
 */
public final class GraphRewrite {

    private final Network network;
    private final Map<String, Layer> replacements = new HashMap<>();
    private final Map<String, String> redirects = new HashMap<>();

    public GraphRewrite(Network network) {
        this.network = network;
    }

    /** The layer called {@code name} with the edits made so far. */
    public Layer current(String name) {
        return replacements.getOrDefault(name, network.layer(name));
    }

    /** Replaces the layer of the same name by {@code layer}. */
    public void replace(Layer layer) {
        replacements.put(layer.name(), layer);
    }

    /** Drops layer {@code removed}; its consumers read {@code replacement} instead. */
    public void remove(String removed, String replacement) {
        redirects.put(removed, replacement);
    }

    /** True if any edit was made. */
    public boolean changed() {
        return !replacements.isEmpty() || !redirects.isEmpty();
    }

    /** The edited network, with the same name; validated like any other. */
    public Network build() {
        List<Layer> layers = new ArrayList<>();
        for (Layer layer : network.layers()) {
            if (!redirects.containsKey(layer.name())) {
                layers.add(rewired(current(layer.name())));
            }
        }
        return new Network(network.name(), layers);
    }

    private Layer rewired(Layer layer) {
        List<String> inputs = layer.inputs().stream().map(this::resolve).toList();
        return inputs.equals(layer.inputs()) ? layer : layer.withInputs(inputs);
    }

    private String resolve(String name) {
        String resolved = name;
        while (redirects.containsKey(resolved)) {
            resolved = redirects.get(resolved);
        }
        return resolved;
    }
}
