package org.mcuq.importer.internal;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;

/**
 * Maps DL4J input preprocessors to IR layers. A CNN-to-dense flatten of an NCHW tensor orders the vector CHW, not
 * HWC as the IR's {@link Flatten} does: such vectors are marked so that the dense layer reading them reorders its
 * weight rows instead.
 */
final class PreProcessorMapper {

    private PreProcessorMapper() {
    }

    /**
     * The IR layer for {@code pre} applied to IR layer {@code input}, or null if {@code pre} is null. The layer is
     * called {@code name}, or {@code <node>_flatten} / {@code <node>_reshape} if {@code name} is null.
     */
    static Layer layerFor(SourceNode node, InputPreProcessor pre, String input, String name, ConversionState state)
            throws ModelImportException {
        if (pre == null) {
            return null;
        }
        if (pre instanceof CnnToFeedForwardPreProcessor flatten) {
            return flatten(flatten, input, name == null ? node.name() + "_flatten" : name, state);
        }
        if (pre instanceof FeedForwardToCnnPreProcessor toCnn) {
            return reshape(node, toCnn, input, name == null ? node.name() + "_reshape" : name);
        }
        throw new ModelImportException("Layer '" + node.name() + "' needs the input preprocessor "
                + pre.getClass().getSimpleName() + ", which is not supported (only CnnToFeedForwardPreProcessor"
                + " and FeedForwardToCnnPreProcessor). " + SupportedLayers.sentence());
    }

    private static Layer flatten(CnnToFeedForwardPreProcessor pre, String input, String name,
            ConversionState state) {
        Shape recorded = new Shape(Math.toIntExact(pre.getInputHeight()), Math.toIntExact(pre.getInputWidth()),
                Math.toIntExact(pre.getNumChannels()));
        state.recordFlatten(name, recorded);
        boolean orderDiffers = recorded.channels() > 1 && recorded.height() * recorded.width() > 1;
        if (pre.getFormat() != CNN2DFormat.NHWC && orderDiffers) {
            state.markChw(name, recorded);
        }
        return new Flatten(name, input);
    }

    /** DL4J fills an NCHW tensor from the vector; the IR reads it as HWC, the same only for 1 channel or 1x1. */
    private static Layer reshape(SourceNode node, FeedForwardToCnnPreProcessor pre, String input, String name)
            throws ModelImportException {
        Shape target = new Shape(Math.toIntExact(pre.getInputHeight()), Math.toIntExact(pre.getInputWidth()),
                Math.toIntExact(pre.getNumChannels()));
        if (target.channels() > 1 && target.height() * target.width() > 1) {
            throw SupportedLayers.unsupportedSetting(node, "a reshape of a vector to a " + target
                    + " NCHW tensor");
        }
        return new Reshape(name, input, target);
    }
}
