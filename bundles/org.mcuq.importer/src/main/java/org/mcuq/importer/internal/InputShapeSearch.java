package org.mcuq.importer.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.NetworkValidationException;
import org.mcuq.ir.Shape;

/**
 * Recovers the input height and width of a DL4J zip, which saves no CNN input type: DL4J records the (h, w, c) of
 * the tensor at each flatten, so the search looks, per axis, for the input sizes that the layers before the flatten
 * map to that size (convolutions and pooling treat the axes independently). Strided layers often make several sizes
 * fit (LeNet-5 takes 28 or 29); then the input shape must be given.
 */
final class InputShapeSearch {

    private static final int MAX_SIZE = 4096;

    private InputShapeSearch() {
    }

    static Shape infer(String inputName, ConversionState state) throws ModelImportException {
        Map<String, Layer> byName = new HashMap<>();
        state.layers().forEach(l -> byName.put(l.name(), l));
        Entry<String, Shape> flatten = firstFlatten(state);
        String flattened = ((Flatten) byName.get(flatten.getKey())).input();
        Shape recorded = flatten.getValue();
        if (flattened.equals(inputName)) {
            return recorded;
        }
        List<Layer> ancestors = ancestors(flattened, byName, state.layers());
        int channels = inputChannels(ancestors, recorded.channels());
        Probe probe = new Probe(inputName, ancestors, flattened, flatten.getKey(), channels);
        int height = search(probe, Shape::height, recorded.height());
        int width = search(probe, Shape::width, recorded.width());
        return new Shape(height, width, channels);
    }

    private static Entry<String, Shape> firstFlatten(ConversionState state) throws ModelImportException {
        for (Layer layer : state.layers()) {
            Shape recorded = state.recordedFlattens().get(layer.name());
            if (recorded != null) {
                return Map.entry(layer.name(), recorded);
            }
        }
        throw new ModelImportException("The DL4J model does not record its input height and width (DL4J saves no"
                + " input type, and the network has no flatten to infer it from); pass the input shape, e.g."
                + " ModelImporter.load(file, new Shape(32, 32, 3))");
    }

    /** The only input size that the layers map to {@code wanted} along {@code axis}; sizes only grow with it. */
    private static int search(Probe probe, ToIntFunction<Shape> axis, int wanted) throws ModelImportException {
        int first = 0;
        int last = 0;
        for (int size = 1; size <= MAX_SIZE; size++) {
            Shape reached = probe.shapeFor(size);
            int reachedSize = reached == null ? 0 : axis.applyAsInt(reached);
            if (reachedSize == wanted) {
                first = first == 0 ? size : first;
                last = size;
            } else if (reachedSize > wanted) {
                break;
            }
        }
        if (first == 0 || first != last) {
            throw ambiguous(probe, wanted, first, last);
        }
        return first;
    }

    private static ModelImportException ambiguous(Probe probe, int wanted, int first, int last) {
        String fit = first == 0 ? "no input size up to " + MAX_SIZE + " fits"
                : "input sizes " + first + " to " + last + " all fit";
        int example = Math.max(first, 1);
        return new ModelImportException("The DL4J model does not record its input size, and " + fit
                + " the size " + wanted + " it records at its flatten '" + probe.flatten() + "'; pass the input"
                + " shape, e.g. ModelImporter.load(file, new Shape(" + example + ", " + example + ", "
                + probe.channels() + "))");
    }

    /** Builds the layers up to {@code target} on square inputs of a given size and reports {@code target}'s shape. */
    private record Probe(String inputName, List<Layer> ancestors, String target, String flatten, int channels) {

        Shape shapeFor(int size) {
            List<Layer> layers = new ArrayList<>();
            layers.add(new InputLayer(inputName, new Shape(size, size, channels)));
            layers.addAll(ancestors);
            try {
                return new Network("probe", layers).shapeOf(target);
            } catch (NetworkValidationException e) {
                return null;
            }
        }
    }

    /** {@code target} and every layer it depends on, in their original order. */
    private static List<Layer> ancestors(String target, Map<String, Layer> byName, List<Layer> ordered) {
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(target));
        while (!pending.isEmpty()) {
            Layer layer = byName.get(pending.pop());
            if (layer != null && needed.add(layer.name())) {
                pending.addAll(layer.inputs());
            }
        }
        return ordered.stream().filter(l -> needed.contains(l.name())).toList();
    }

    private static int inputChannels(List<Layer> layers, int fallback) {
        for (Layer layer : layers) {
            switch (layer) {
                case Conv2D conv -> {
                    return conv.inChannels();
                }
                case DepthwiseConv2D dw -> {
                    return dw.weights().length / (dw.kernelH() * dw.kernelW());
                }
                case BatchNorm bn -> {
                    return bn.channels();
                }
                default -> {
                }
            }
        }
        return fallback;
    }
}
