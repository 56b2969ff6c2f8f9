package org.mcuq.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Shape;

/**
 * What the conversion has produced so far: the IR layers, which IR layer holds each DL4J node's output, the
 * flattens whose vector is in DL4J's NCHW (CHW) order, and the spatial size DL4J recorded at each flatten.
 */
final class ConversionState {

    private final List<Layer> layers = new ArrayList<>();
    private final Map<String, String> outputs = new HashMap<>();
    private final Map<String, Shape> chwVectors = new HashMap<>();
    private final Map<String, Shape> recordedFlattens = new HashMap<>();

    ConversionState(String inputName) {
        outputs.put(inputName, inputName);
    }

    /** The IR layer holding the output of DL4J node {@code node}. */
    String irOutput(String node) {
        String ir = outputs.get(node);
        if (ir == null) {
            throw new IllegalStateException("node '" + node + "' is used before it is defined");
        }
        return ir;
    }

    void add(Layer layer) {
        layers.add(layer);
    }

    /** Records that DL4J node {@code node}'s output is held by IR layer {@code irLayer}. */
    void setOutput(String node, String irLayer) {
        outputs.put(node, irLayer);
    }

    /** Marks {@code irLayer}'s vector as flattened in CHW order from a tensor of {@code shape}. */
    void markChw(String irLayer, Shape shape) {
        chwVectors.put(irLayer, shape);
    }

    /** The CHW source shape of {@code irLayer}'s vector, or null if it is in the IR's own HWC order. */
    Shape chwShape(String irLayer) {
        return chwVectors.get(irLayer);
    }

    /** Records the (h, w, c) DL4J saved for the tensor that {@code flattenLayer} flattens. */
    void recordFlatten(String flattenLayer, Shape shape) {
        recordedFlattens.put(flattenLayer, shape);
    }

    Map<String, Shape> recordedFlattens() {
        return recordedFlattens;
    }

    List<Layer> layers() {
        return layers;
    }
}
