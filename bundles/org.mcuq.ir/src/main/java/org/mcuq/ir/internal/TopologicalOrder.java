package org.mcuq.ir.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Layer;
import org.mcuq.ir.NetworkValidationException;

/** Orders layers so that every layer comes after its producers (Kahn's algorithm), rejecting cycles. */
public final class TopologicalOrder {

    private TopologicalOrder() {
    }

    /** Consumers of each layer, in the order of {@code layers}; every layer has an entry. */
    public static Map<String, List<Layer>> consumers(List<Layer> layers) {
        Map<String, List<Layer>> consumers = new LinkedHashMap<>();
        layers.forEach(l -> consumers.put(l.name(), new ArrayList<>()));
        for (Layer layer : layers) {
            for (String input : layer.inputs().stream().distinct().toList()) {
                consumers.get(input).add(layer);
            }
        }
        return consumers;
    }

    /** Sorts {@code layers} (whose inputs must all exist); ties keep the given order. */
    public static List<Layer> sort(List<Layer> layers) {
        Map<String, List<Layer>> consumers = consumers(layers);
        Map<String, Integer> pending = producerCounts(layers);
        Deque<Layer> ready = new ArrayDeque<>(layers.stream().filter(l -> pending.get(l.name()) == 0).toList());
        List<Layer> sorted = new ArrayList<>(layers.size());
        while (!ready.isEmpty()) {
            Layer next = ready.poll();
            sorted.add(next);
            for (Layer consumer : consumers.get(next.name())) {
                if (pending.merge(consumer.name(), -1, Integer::sum) == 0) {
                    ready.add(consumer);
                }
            }
        }
        requireAcyclic(layers, sorted, pending);
        return sorted;
    }

    private static Map<String, Integer> producerCounts(List<Layer> layers) {
        Map<String, Integer> counts = new HashMap<>();
        layers.forEach(l -> counts.put(l.name(), (int) l.inputs().stream().distinct().count()));
        return counts;
    }

    private static void requireAcyclic(List<Layer> layers, List<Layer> sorted, Map<String, Integer> pending) {
        if (sorted.size() == layers.size()) {
            return;
        }
        List<String> stuck = layers.stream().map(Layer::name).filter(n -> pending.get(n) > 0).toList();
        throw new NetworkValidationException(stuck.get(0), "cannot be ordered because of a cycle among the"
                + " layers " + stuck + " (each waits for another's output); a network must be acyclic, so fix the"
                + " input names.");
    }
}
