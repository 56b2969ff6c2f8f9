package org.mcuq.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Shape;

/**
 * A loaded DL4J network reduced to what the conversion needs: its nodes in topological order, the name of its
 * single input and, when the model records it, the input shape.
 *
 * @param nodes      every layer or vertex, each after its producers
 * @param inputName  the network input's name
 * @param inputShape the input shape (HWC), or null if the model does not record it
 * @param outputName the node whose output is the network's output
 */
public record SourceModel(List<SourceNode> nodes, String inputName, Shape inputShape, String outputName) {

    public SourceModel {
        nodes = List.copyOf(nodes);
    }

    /** The nodes of a ComputationGraph with one input and one output. */
    public static SourceModel of(ComputationGraph graph, Shape inputShape) throws ModelImportException {
        ComputationGraphConfiguration conf = graph.getConfiguration();
        String input = single(conf.getNetworkInputs(), "input");
        String output = single(conf.getNetworkOutputs(), "output");
        List<SourceNode> nodes = new ArrayList<>();
        for (String name : conf.getTopologicalOrderStr()) {
            GraphVertex vertex = conf.getVertices().get(name);
            if (vertex != null) {
                nodes.add(node(graph, name, conf.getVertexInputs().get(name), vertex));
            }
        }
        return new SourceModel(nodes, input, inputShape, output);
    }

    /** The layers of a MultiLayerNetwork as a chain fed by an input called {@code input}. */
    public static SourceModel of(MultiLayerNetwork network, Shape inputShape) {
        MultiLayerConfiguration conf = network.getLayerWiseConfigurations();
        List<SourceNode> nodes = new ArrayList<>();
        String previous = "input";
        for (int i = 0; i < conf.getConfs().size(); i++) {
            var layer = conf.getConf(i).getLayer();
            String name = layer.getLayerName() == null ? "layer" + i : layer.getLayerName();
            nodes.add(new SourceNode(name, List.of(previous), layer, conf.getInputPreProcess(i),
                    network.getLayer(i).paramTable()));
            previous = name;
        }
        return new SourceModel(nodes, "input", inputShape, previous);
    }

    private static SourceNode node(ComputationGraph graph, String name, List<String> inputs, GraphVertex vertex) {
        if (vertex instanceof LayerVertex layerVertex) {
            return new SourceNode(name, inputs, layerVertex.getLayerConf().getLayer(), layerVertex.getPreProcessor(),
                    graph.getLayer(name).paramTable());
        }
        return new SourceNode(name, inputs, vertex, null, Map.of());
    }

    private static String single(List<String> names, String what) throws ModelImportException {
        if (names == null || names.size() != 1) {
            throw new ModelImportException("The network has " + (names == null ? 0 : names.size()) + " " + what
                    + "s " + names + "; only networks with exactly one " + what + " can be imported");
        }
        return names.get(0);
    }
}
