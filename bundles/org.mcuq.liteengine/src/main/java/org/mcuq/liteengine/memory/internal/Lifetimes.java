package org.mcuq.liteengine.memory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/** Steps at which tensors are written and last read, over the network's execution order. */
public final class Lifetimes {

    private final Map<String, Integer> steps = new HashMap<>();
    private final Map<String, Integer> lastReads = new HashMap<>();

    public Lifetimes(QuantizedNetwork network) {
        List<QuantizedLayer> layers = network.layers();
        for (int k = 0; k < layers.size(); k++) {
            QuantizedLayer layer = layers.get(k);
            steps.put(layer.name(), k);
            lastReads.put(layer.name(), k);
            for (String input : layer.inputs()) {
                lastReads.put(input, k);
            }
        }
        lastReads.put(network.network().outputLayer().name(), layers.size());
    }

    public int step(String layer) {
        return steps.get(layer);
    }

    /** The last step that reads the tensor, or the copy-out step for the network output. */
    public int lastRead(String layer) {
        return lastReads.get(layer);
    }
}
