package org.mcuq.importer.internal;

import org.mcuq.importer.ModelImportException;

/** The DL4J (and corresponding Keras) layers the importer maps to the IR, for error messages. */
public final class SupportedLayers {

    private static final String LIST = "ConvolutionLayer (Keras Conv2D), DepthwiseConvolution2D with depth"
            + " multiplier 1 (DepthwiseConv2D), DenseLayer/OutputLayer (Dense), SubsamplingLayer max/avg"
            + " (MaxPooling2D/AveragePooling2D), GlobalPoolingLayer avg (GlobalAveragePooling2D), BatchNormalization,"
            + " ActivationLayer relu/relu6/softmax/identity (Activation, ReLU), ZeroPaddingLayer (ZeroPadding2D),"
            + " CnnToFeedForwardPreProcessor (Flatten), ElementWiseVertex add (Add), DropoutLayer and LossLayer"
            + " (ignored at inference)";

    private SupportedLayers() {
    }

    /** One sentence listing the supported layers. */
    public static String sentence() {
        return "Supported layers: " + LIST + ".";
    }

    /** The failure for a layer of an unsupported kind. */
    static ModelImportException unsupported(SourceNode node, String detail) {
        return new ModelImportException("Layer '" + node.name() + "' (" + node.config().getClass().getSimpleName()
                + ") is not supported: " + detail + ". " + sentence());
    }

    /** The failure for a supported layer kind with an unsupported setting. */
    static ModelImportException unsupportedSetting(SourceNode node, String setting) {
        return new ModelImportException("Layer '" + node.name() + "' (" + node.config().getClass().getSimpleName()
                + ") uses " + setting + ", which the importer does not support.");
    }
}
