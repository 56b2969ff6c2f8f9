package org.mcuq.importer.internal;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One node of a DL4J network as the converter sees it: either a layer (with its preprocessor and parameters) or a
 * non-layer graph vertex.
 *
 * @param name         DL4J layer or vertex name
 * @param inputs       names of the producer nodes (the network input's name for the first node)
 * @param config       a {@code org.deeplearning4j.nn.conf.layers.Layer} or a {@code GraphVertex}
 * @param preProcessor applied to the input before the layer, or null
 * @param params       parameters by DL4J key ("W", "b", "gamma", ...), empty for parameterless nodes
 */
public record SourceNode(String name, List<String> inputs, Object config, InputPreProcessor preProcessor,
        Map<String, INDArray> params) {

    public SourceNode {
        inputs = List.copyOf(inputs);
        params = Map.copyOf(params);
    }

    /** The parameter {@code key}, or a failure naming the layer if the model lacks it. */
    public INDArray param(String key) {
        INDArray value = params.get(key);
        if (value == null) {
            throw new IllegalStateException("layer '" + name + "' has no parameter '" + key + "'");
        }
        return value;
    }
}
