package org.mcuq.importer.internal;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;

/** Converts a loaded DL4J network, node by node in topological order, into an IR {@link Network}. */
public final class GraphConverter {

    private GraphConverter() {
    }

    /**
     * The IR network equivalent to {@code source}, called {@code name}. The input shape is {@code inputShape} if
     * given, else the one the model records, else inferred from the sizes DL4J saved at its first flatten.
     */
    public static Network convert(SourceModel source, String name, Shape inputShape) throws ModelImportException {
        ConversionState state = new ConversionState(source.inputName());
        for (SourceNode node : source.nodes()) {
            convertNode(node, state);
        }
        state.irOutput(source.outputName());
        Shape shape = inputShape != null ? inputShape
                : source.inputShape() != null ? source.inputShape()
                : InputShapeSearch.infer(source.inputName(), state);
        List<Layer> layers = new ArrayList<>();
        layers.add(new InputLayer(source.inputName(), shape));
        layers.addAll(state.layers());
        return new Network(name, layers);
    }

    private static void convertNode(SourceNode node, ConversionState state) throws ModelImportException {
        List<String> inputs = new ArrayList<>();
        for (String producer : node.inputs()) {
            inputs.add(state.irOutput(producer));
        }
        if (node.preProcessor() != null && inputs.size() == 1) {
            Layer pre = PreProcessorMapper.layerFor(node, node.preProcessor(), inputs.get(0), null, state);
            state.add(pre);
            inputs.set(0, pre.name());
        }
        requireHwcInputs(node, inputs, state);
        List<Layer> mapped = NodeMapper.map(node, inputs, state);
        mapped.forEach(state::add);
        state.setOutput(node.name(), mapped.isEmpty() ? inputs.get(0) : mapped.get(mapped.size() - 1).name());
    }

    /** Only a dense layer can undo the CHW order of an NCHW flatten (by reordering its weight rows). */
    private static void requireHwcInputs(SourceNode node, List<String> inputs, ConversionState state)
            throws ModelImportException {
        Object config = node.config();
        boolean reordersRows = config instanceof DenseLayer || config instanceof OutputLayer
                || config instanceof DropoutLayer;
        for (String input : inputs) {
            if (!reordersRows && state.chwShape(input) != null) {
                throw SupportedLayers.unsupportedSetting(node, "an NCHW-flattened input (from '" + input
                        + "'); only a dense layer may follow a flatten of an NCHW tensor");
            }
        }
    }
}
