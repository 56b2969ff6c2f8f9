package org.mcuq.importer.internal;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Dense;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Shape;
import org.nd4j.linalg.activations.IActivation;

/** Maps DL4J dense and output layers (weights {@code [nIn][nOut]}, the IR's layout) to IR {@link Dense}. */
final class DenseMapper {

    private DenseMapper() {
    }

    static List<Layer> dense(SourceNode node, FeedForwardLayer conf, IActivation function, boolean hasBias,
            String input, ConversionState state) throws ModelImportException {
        if (conf instanceof DenseLayer dense && dense.hasLayerNorm()) {
            throw SupportedLayers.unsupportedSetting(node, "layer normalisation");
        }
        ActivationKind activation = ActivationKind.of(function, node);
        int units = Math.toIntExact(conf.getNOut());
        float[] weights = WeightLayouts.rowMajor(node.param("W"));
        Shape chw = state.chwShape(input);
        if (chw != null) {
            weights = WeightLayouts.chwRowsToHwc(weights, chw.height(), chw.width(), chw.channels(), units);
        }
        float[] bias = hasBias ? WeightLayouts.rowMajor(node.param("b")) : null;
        List<Layer> layers = new ArrayList<>();
        layers.add(new Dense(node.name(), input, units, weights, bias, activation.fused()));
        Softmaxes.appendIfNeeded(layers, node, activation);
        return layers;
    }
}
