package org.mcuq.liteengine.quant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;

/**
 * A network with integer weights and requantization constants for every layer, ready for the reference executor
 * and the C generator. It wraps the prepared IR network (batch-norms folded, activations fused) whose layers it
 * quantizes one to one, in the same topological order.
 */
public final class QuantizedNetwork {

    private final Network network;
    private final List<QuantizedLayer> layers;
    private final Map<String, QuantizedLayer> byName = new LinkedHashMap<>();

    /** @param layers one quantized layer per layer of {@code network}, in its topological order */
    public QuantizedNetwork(Network network, List<QuantizedLayer> layers) {
        this.network = network;
        this.layers = List.copyOf(layers);
        if (layers.size() != network.layers().size()) {
            throw new IllegalArgumentException("Network '" + network.name() + "' has " + network.layers().size()
                    + " layers but " + layers.size() + " quantized layers were given.");
        }
        for (int i = 0; i < layers.size(); i++) {
            requireSameLayer(network, layers.get(i), i);
            byName.put(layers.get(i).name(), layers.get(i));
        }
    }

    private static void requireSameLayer(Network network, QuantizedLayer layer, int index) {
        if (layer.source() != network.layers().get(index)) {
            throw new IllegalArgumentException("Quantized layer " + index + " ('" + layer.name()
                    + "') does not wrap layer " + index + " of network '" + network.name() + "' ('"
                    + network.layers().get(index).name() + "').");
        }
    }

    /** The prepared IR network the layers were quantized from. */
    public Network network() {
        return network;
    }

    /** All layers in topological order; the first is the {@link QuantizedInput}. */
    public List<QuantizedLayer> layers() {
        return layers;
    }

    /** The layer called {@code name}. */
    public QuantizedLayer layer(String name) {
        QuantizedLayer layer = byName.get(name);
        if (layer == null) {
            throw new IllegalArgumentException("Quantized network '" + network.name() + "' has no layer named '"
                    + name + "'.");
        }
        return layer;
    }

    /** Quantization of the output tensor of layer {@code name}. */
    public TensorQuantization tensor(String name) {
        return layer(name).output();
    }

    /** Shape of the output tensor of layer {@code name}. */
    public Shape shapeOf(String name) {
        return network.shapeOf(name);
    }

    /** Quantization of the network input. */
    public TensorQuantization inputQuantization() {
        return tensor(network.inputLayer().name());
    }

    /** Quantization of the network output. */
    public TensorQuantization outputQuantization() {
        return tensor(network.outputLayer().name());
    }

    /** The host-side input quantization: float NHWC input to the integers the generated code receives. */
    public int[] quantizeInput(float[] input) {
        Shape shape = network.inputLayer().shape();
        if (input == null || input.length != shape.elements()) {
            throw new IllegalArgumentException("Network '" + network.name() + "' expects an input of shape " + shape
                    + " (" + shape.elements() + " floats, NHWC) but got "
                    + (input == null ? "null" : input.length + " floats") + ".");
        }
        return inputQuantization().quantize(input);
    }

    /** Real values of the network output. */
    public float[] dequantizeOutput(int[] output) {
        return outputQuantization().dequantize(output);
    }

    @Override
    public String toString() {
        return "QuantizedNetwork '" + network.name() + "' (" + layers.size() + " layers, input "
                + inputQuantization() + ", output " + outputQuantization() + ")";
    }
}
