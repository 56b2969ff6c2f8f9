package org.mcuq.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.internal.GraphChecks;
import org.mcuq.ir.internal.LayerCost;
import org.mcuq.ir.internal.ShapeInference;
import org.mcuq.ir.internal.TopologicalOrder;

/**
 * An immutable, validated graph of layers with a single input and a single output. Construction orders the
 * layers topologically, infers every layer's output shape and checks weights against those shapes; any problem
 * raises a {@link NetworkValidationException} naming the offending layer.
 */
public final class Network {

    private final String name;
    private final List<Layer> layers;
    private final Map<String, Layer> byName;
    private final Map<String, List<Layer>> consumers;
    private final Map<String, Shape> shapes = new HashMap<>();
    private final InputLayer input;
    private final Layer output;

    /** Builds a network from layers given in any order. */
    public Network(String name, List<Layer> layers) {
        if (name == null || name.isBlank()) {
            throw new NetworkValidationException("A network needs a non-empty name.");
        }
        this.name = name;
        this.byName = Collections.unmodifiableMap(GraphChecks.indexByName(name, layers));
        GraphChecks.requireInputsExist(byName);
        this.layers = List.copyOf(TopologicalOrder.sort(List.copyOf(layers)));
        this.consumers = TopologicalOrder.consumers(this.layers);
        this.input = GraphChecks.requireSingleInput(name, this.layers);
        this.output = GraphChecks.requireSingleOutput(name, this.layers, consumers);
        GraphChecks.requireSoftmaxLast(this.layers, output);
        this.layers.forEach(l -> shapes.put(l.name(), ShapeInference.outputShape(l, inputShapes(l))));
    }

    public String name() {
        return name;
    }

    /** All layers, each after its producers. */
    public List<Layer> layers() {
        return layers;
    }

    public InputLayer inputLayer() {
        return input;
    }

    /** The unique layer whose output no other layer consumes. */
    public Layer outputLayer() {
        return output;
    }

    /** The layer called {@code layerName}. */
    public Layer layer(String layerName) {
        Layer layer = byName.get(layerName);
        if (layer == null) {
            throw new IllegalArgumentException("Network '" + name + "' has no layer named '" + layerName + "'.");
        }
        return layer;
    }

    /** True if the network has a layer called {@code layerName}. */
    public boolean contains(String layerName) {
        return byName.containsKey(layerName);
    }

    /** Layers that read the output of {@code layerName}, in topological order. */
    public List<Layer> consumers(String layerName) {
        return List.copyOf(consumers.get(layer(layerName).name()));
    }

    /** Inferred output shape of {@code layerName}. */
    public Shape shapeOf(String layerName) {
        return shapes.get(layer(layerName).name());
    }

    /** Shape of the first input of {@code layerName}; for the input layer, its own shape. */
    public Shape inputShapeOf(String layerName) {
        Layer layer = layer(layerName);
        return layer.inputs().isEmpty() ? shapes.get(layerName) : shapes.get(layer.inputs().get(0));
    }

    /** Multiply-accumulate operations of one inference of {@code layerName}. */
    public long macs(String layerName) {
        return LayerCost.macs(layer(layerName), inputShapeOf(layerName), shapeOf(layerName));
    }

    /** Stored parameters of {@code layerName} (weights plus bias, 4 per channel for batch-norm). */
    public long params(String layerName) {
        return LayerCost.params(layer(layerName));
    }

    public long totalMacs() {
        return layers.stream().mapToLong(l -> macs(l.name())).sum();
    }

    public long totalParams() {
        return layers.stream().mapToLong(l -> params(l.name())).sum();
    }

    private List<Shape> inputShapes(Layer layer) {
        List<Shape> in = new ArrayList<>();
        layer.inputs().forEach(i -> in.add(shapes.get(i)));
        return in;
    }

    @Override
    public String toString() {
        return "Network '" + name + "' (" + layers.size() + " layers, " + input.shape() + " -> "
                + shapes.get(output.name()) + ")";
    }
}
