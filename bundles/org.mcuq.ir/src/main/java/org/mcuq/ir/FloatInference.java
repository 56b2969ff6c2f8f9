package org.mcuq.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.internal.LayerEvaluator;

/**
 * Reference float32 execution of a {@link Network}, written for clarity rather than speed. Tensors are NHWC
 * arrays without the batch dimension.
 */
public final class FloatInference {

    private FloatInference() {
    }

    /** Output of the network's output layer for {@code input}. */
    public static float[] run(Network network, float[] input) {
        return runAll(network, input).get(network.outputLayer().name());
    }

    /** Every layer's output (the input layer's is a copy of {@code input}), keyed by name in topological order. */
    public static Map<String, float[]> runAll(Network network, float[] input) {
        requireInputSize(network, input);
        Map<String, float[]> outputs = new LinkedHashMap<>();
        for (Layer layer : network.layers()) {
            List<float[]> x = layer.inputs().isEmpty() ? List.of(input) : operands(layer, outputs);
            outputs.put(layer.name(), LayerEvaluator.evaluate(layer, x, network.inputShapeOf(layer.name()),
                    network.shapeOf(layer.name())));
        }
        return Collections.unmodifiableMap(outputs);
    }

    private static List<float[]> operands(Layer layer, Map<String, float[]> outputs) {
        List<float[]> x = new ArrayList<>();
        layer.inputs().forEach(name -> x.add(outputs.get(name)));
        return x;
    }

    private static void requireInputSize(Network network, float[] input) {
        Shape shape = network.inputLayer().shape();
        if (input == null || input.length != shape.elements()) {
            throw new IllegalArgumentException("Network '" + network.name() + "' expects an input of shape " + shape
                    + " (" + shape.elements() + " floats, NHWC) but got "
                    + (input == null ? "null" : input.length + " floats") + ".");
        }
    }
}
