package org.mcuq.importer.internal;

import java.util.List;

import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;

/** Dispatches one DL4J node to the mapper for its kind; an empty result means the node passes its input on. */
final class NodeMapper {

    private NodeMapper() {
    }

    static List<Layer> map(SourceNode node, List<String> inputs, ConversionState state)
            throws ModelImportException {
        Object config = node.config();
        if (config instanceof ElementWiseVertex add) {
            return List.of(add(node, add, inputs));
        }
        String input = single(node, inputs);
        return switch (config) {
            case PreprocessorVertex vertex -> preProcessor(node, vertex, input, state);
            case DepthwiseConvolution2D conv when conv.getClass() == DepthwiseConvolution2D.class ->
                ConvMapper.depthwise(node, conv, input);
            case ConvolutionLayer conv when conv.getClass() == ConvolutionLayer.class ->
                ConvMapper.conv(node, conv, input);
            case DenseLayer dense ->
                DenseMapper.dense(node, dense, dense.getActivationFn(), dense.hasBias(), input, state);
            case OutputLayer output when output.getClass() == OutputLayer.class ->
                DenseMapper.dense(node, output, output.getActivationFn(), output.hasBias(), input, state);
            case SubsamplingLayer pool when pool.getClass() == SubsamplingLayer.class ->
                PoolMapper.pool(node, pool, input);
            case GlobalPoolingLayer pool -> PoolMapper.global(node, pool, input);
            case BatchNormalization bn -> BatchNormMapper.batchNorm(node, bn, input);
            case ActivationLayer activation -> activation(node, ActivationKind.of(activation.getActivationFn(), node),
                    input);
            case LossLayer loss -> activation(node, ActivationKind.of(loss.getActivationFn(), node), input);
            case ZeroPaddingLayer pad -> List.of(zeroPadding(node, pad, input));
            case DropoutLayer dropout -> List.of();
            default -> throw SupportedLayers.unsupported(node, "no MCUQ equivalent");
        };
    }

    private static List<Layer> preProcessor(SourceNode node, PreprocessorVertex vertex, String input,
            ConversionState state) throws ModelImportException {
        Layer layer = PreProcessorMapper.layerFor(node, vertex.getPreProcessor(), input, node.name(), state);
        return layer == null ? List.of() : List.of(layer);
    }

    private static List<Layer> activation(SourceNode node, ActivationKind kind, String input) {
        return switch (kind) {
            case IDENTITY -> List.of();
            case RELU -> List.of(new Relu(node.name(), input));
            case RELU6 -> List.of(new Relu6(node.name(), input));
            case SOFTMAX -> List.of(new Softmax(node.name(), input));
        };
    }

    private static Layer add(SourceNode node, ElementWiseVertex vertex, List<String> inputs)
            throws ModelImportException {
        if (vertex.getOp() != ElementWiseVertex.Op.Add) {
            throw SupportedLayers.unsupportedSetting(node, "element-wise operation " + vertex.getOp()
                    + " (only Add)");
        }
        return new Add(node.name(), inputs, Activation.NONE);
    }

    private static ZeroPadding zeroPadding(SourceNode node, ZeroPaddingLayer conf, String input) {
        int[] p = conf.getPadding();
        return new ZeroPadding(node.name(), input, p[0], p[1], p[2], p[3]);
    }

    private static String single(SourceNode node, List<String> inputs) throws ModelImportException {
        if (inputs.size() != 1) {
            throw SupportedLayers.unsupportedSetting(node, inputs.size() + " inputs (only one)");
        }
        return inputs.get(0);
    }
}
