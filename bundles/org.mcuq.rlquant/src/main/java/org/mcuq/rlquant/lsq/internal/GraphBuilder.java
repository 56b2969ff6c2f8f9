package org.mcuq.rlquant.lsq.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.rlquant.lsq.LsqException;
import org.nd4j.autodiff.loss.LossReduce;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Builds the LSQ training graph of a prepared network (batch-norms folded, activations fused): layer by layer,
 * NHWC, each tensor as integer codes plus a step, with softmax cross-entropy on the real logits.
 */
public final class GraphBuilder {

    private final SameDiff sd = SameDiff.create();
    private final ParameterSet params = new ParameterSet(sd);
    private final Network network;
    private final OutputQuantizer outputs;
    private final WeightedOps weighted;
    private final Map<String, QTensor> tensors = new HashMap<>();

    private GraphBuilder(Network network, Map<String, TensorQuantization> formats, QuantizationSpec bits,
            InitialSteps init) {
        this.network = network;
        this.outputs = new OutputQuantizer(params, network, formats, init);
        this.weighted = new WeightedOps(params, bits, init);
    }

    /**
     * @param formats bits and signedness of every layer's output tensor, as the engine plans them
     * @param bits    the bit widths of the layers with weights
     */
    public static LsqGraph build(Network network, Map<String, TensorQuantization> formats, QuantizationSpec bits,
            InitialSteps init) {
        return new GraphBuilder(network, formats, bits, init).build();
    }

    private LsqGraph build() {
        Shape logits = network.shapeOf(network.outputLayer().name());
        if (!logits.isVector()) {
            throw new LsqException("Network '" + network.name() + "' outputs a " + logits + " tensor; LSQ"
                    + " fine-tuning trains classifiers, whose output is a vector of class scores (1x1xC).");
        }
        network.layers().forEach(l -> tensors.put(l.name(), output(l)));
        addLoss(tensors.get(network.outputLayer().name()), logits.channels());
        Map<String, String> codes = new LinkedHashMap<>();
        network.layers().forEach(l -> codes.put(l.name(), tensors.get(l.name()).codes().name()));
        return new LsqGraph(sd, params, logits.channels(), codes);
    }

    private void addLoss(QTensor logits, int classes) {
        SDVariable labels = sd.placeHolder(LsqGraph.LABELS, DataType.FLOAT, -1, classes);
        logits.codes().reshape(-1, classes).rename(LsqGraph.LOGIT_CODES);
        SDVariable real = logits.real().reshape(-1, classes);
        sd.loss().softmaxCrossEntropy(LsqGraph.LOSS, labels, real, null, LossReduce.MEAN_BY_NONZERO_WEIGHT_COUNT,
                0.0);
        sd.setLossVariables(LsqGraph.LOSS);
    }

    private QTensor output(Layer layer) {
        return switch (layer) {
            case InputLayer l -> input(l);
            case WeightedLayer l -> weightedOutput(l);
            case Add l -> scaledSum(l, l.activation());
            case Relu l -> scaledSum(l, Activation.RELU);
            case Relu6 l -> scaledSum(l, Activation.RELU6);
            case Pool l -> ShapeOps.pool(l, in(l, 0));
            case GlobalAvgPool l -> ShapeOps.globalAverage(in(l, 0), network.inputShapeOf(l.name()));
            case ZeroPadding l -> ShapeOps.pad(l, in(l, 0));
            case Flatten l -> ShapeOps.reshape(in(l, 0), network.shapeOf(l.name()));
            case Reshape l -> ShapeOps.reshape(in(l, 0), network.shapeOf(l.name()));
            case Softmax l -> in(l, 0);
            case BatchNorm l -> throw new LsqException("Layer '" + l.name() + "': a batch normalisation that"
                    + " does not follow a conv, depthwise conv or dense layer cannot be folded, and LSQ"
                    + " fine-tuning does not train unfolded batch-norms; fold it into a preceding layer.");
        };
    }

    private QTensor input(InputLayer layer) {
        Shape shape = layer.shape();
        SDVariable x = sd.placeHolder(LsqGraph.INPUT, DataType.FLOAT, -1, shape.height(), shape.width(),
                shape.channels());
        return outputs.quantize(layer.name(), x, null, Activation.NONE);
    }

    private QTensor weightedOutput(WeightedLayer layer) {
        WeightedOps.Accumulator acc = weighted.accumulator(layer, in(layer, 0));
        return outputs.quantize(layer.name(), acc.acc(), acc.step(), layer.activation());
    }

    /** An add, or a stand-alone ReLU/ReLU6 as a one-input sum: real values summed, then requantized. */
    private QTensor scaledSum(Layer layer, Activation activation) {
        List<SDVariable> terms = new ArrayList<>();
        for (int i = 0; i < layer.inputs().size(); i++) {
            terms.add(in(layer, i).real());
        }
        SDVariable sum = terms.size() == 1 ? terms.get(0) : sd.math().mergeAdd(terms.toArray(SDVariable[]::new));
        return outputs.quantize(layer.name(), sum, null, activation);
    }

    private QTensor in(Layer layer, int operand) {
        return tensors.get(layer.inputs().get(operand));
    }
}
