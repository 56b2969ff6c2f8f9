package org.mcuq.liteengine.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.liteengine.reference.internal.LayerRunner;

/**
 * The integer reference execution of a {@link QuantizedNetwork}: the definition of correct output that generated C
 * code must match bit for bit. Tensors are NHWC {@code int[]} arrays without the batch dimension, each element
 * within its tensor's {@link TensorQuantization} range. Written for clarity; no floating point is involved.
 */
public final class ReferenceExecutor {

    private ReferenceExecutor() {
    }

    /** Integer output of the network for an already quantized input. */
    public static int[] run(QuantizedNetwork network, int[] quantizedInput) {
        return runAll(network, quantizedInput).get(network.network().outputLayer().name());
    }

    /** Every layer's integer output keyed by layer name in topological order, for locating mismatches. */
    public static Map<String, int[]> runAll(QuantizedNetwork network, int[] quantizedInput) {
        requireValidInput(network, quantizedInput);
        Network ir = network.network();
        Map<String, int[]> outputs = new LinkedHashMap<>();
        for (QuantizedLayer layer : network.layers()) {
            List<int[]> x = layer.inputs().isEmpty() ? List.of(quantizedInput) : operands(layer, outputs);
            outputs.put(layer.name(), LayerRunner.run(layer, x, ir.inputShapeOf(layer.name()),
                    ir.shapeOf(layer.name())));
        }
        return Collections.unmodifiableMap(outputs);
    }

    /** Quantizes {@code input} as the host would, runs the network and returns the dequantized output. */
    public static float[] infer(QuantizedNetwork network, float[] input) {
        return network.dequantizeOutput(run(network, network.quantizeInput(input)));
    }

    /** The predicted class of a float input: the index of the largest integer output (the first on ties). */
    public static int classify(QuantizedNetwork network, float[] input) {
        return argmax(run(network, network.quantizeInput(input)));
    }

    /** Real values of the output tensor of layer {@code layer}. */
    public static float[] dequantize(QuantizedNetwork network, String layer, int[] values) {
        return network.tensor(layer).dequantize(values);
    }

    /** Index of the largest value, the first one on ties. */
    public static int argmax(int[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    private static List<int[]> operands(QuantizedLayer layer, Map<String, int[]> outputs) {
        List<int[]> x = new ArrayList<>();
        layer.inputs().forEach(name -> x.add(outputs.get(name)));
        return x;
    }

    private static void requireValidInput(QuantizedNetwork network, int[] input) {
        int expected = network.network().inputLayer().shape().elements();
        if (input == null || input.length != expected) {
            throw new IllegalArgumentException("Network '" + network.network().name() + "' expects a quantized input"
                    + " of " + expected + " integers (NHWC) but got " + (input == null ? "null" : input.length) + ".");
        }
        TensorQuantization format = network.inputQuantization();
        for (int i = 0; i < input.length; i++) {
            if (!format.contains(input[i])) {
                throw new IllegalArgumentException("Quantized input element " + i + " is " + input[i]
                        + ", outside the input range " + format.min() + ".." + format.max() + " (" + format
                        + "); quantize the input with QuantizedNetwork.quantizeInput.");
            }
        }
    }
}
