package org.mcuq.importer.internal;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Layer;
import org.mcuq.ir.ZeroPadding;

/** Maps DL4J 2-D convolutions (regular and depthwise) to IR layers. */
final class ConvMapper {

    private ConvMapper() {
    }

    static List<Layer> conv(SourceNode node, ConvolutionLayer conf, String input) throws ModelImportException {
        SpatialPadding.requireUnitDilation(node, conf.getDilation());
        ActivationKind activation = ActivationKind.of(conf.getActivationFn(), node);
        List<Layer> layers = new ArrayList<>();
        String convInput = padIfNeeded(node, input, conf, layers);
        int[] k = conf.getKernelSize();
        int[] s = conf.getStride();
        float[] bias = conf.hasBias() ? WeightLayouts.rowMajor(node.param("b")) : null;
        layers.add(new Conv2D(node.name(), convInput, k[0], k[1], s[0], s[1], padding(node, conf).padding(),
                Math.toIntExact(conf.getNOut()), WeightLayouts.oihwToHwio(node.param("W")), bias, activation.fused()));
        Softmaxes.appendIfNeeded(layers, node, activation);
        return layers;
    }

    /** Depthwise conv with depth multiplier 1; DL4J's kernel {@code [kh][kw][c][1]} is already the IR layout. */
    static List<Layer> depthwise(SourceNode node, DepthwiseConvolution2D conf, String input)
            throws ModelImportException {
        if (conf.getDepthMultiplier() != 1) {
            throw SupportedLayers.unsupportedSetting(node, "depth multiplier " + conf.getDepthMultiplier()
                    + " (only 1)");
        }
        SpatialPadding.requireUnitDilation(node, conf.getDilation());
        ActivationKind activation = ActivationKind.of(conf.getActivationFn(), node);
        List<Layer> layers = new ArrayList<>();
        String convInput = padIfNeeded(node, input, conf, layers);
        int[] k = conf.getKernelSize();
        int[] s = conf.getStride();
        float[] bias = conf.hasBias() ? WeightLayouts.rowMajor(node.param("b")) : null;
        layers.add(new DepthwiseConv2D(node.name(), convInput, k[0], k[1], s[0], s[1], padding(node, conf).padding(),
                WeightLayouts.rowMajor(node.param("W")), bias, activation.fused()));
        Softmaxes.appendIfNeeded(layers, node, activation);
        return layers;
    }

    private static SpatialPadding padding(SourceNode node, ConvolutionLayer conf) throws ModelImportException {
        return SpatialPadding.of(node, conf.getConvolutionMode(), conf.getPadding());
    }

    private static String padIfNeeded(SourceNode node, String input, ConvolutionLayer conf, List<Layer> layers)
            throws ModelImportException {
        SpatialPadding padding = padding(node, conf);
        if (!padding.hasExplicitPadding()) {
            return input;
        }
        ZeroPadding pad = new ZeroPadding(node.name() + "_pad", input, padding.padH(), padding.padH(),
                padding.padW(), padding.padW());
        layers.add(pad);
        return pad.name();
    }
}
