package org.mcuq.importer.internal;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Padding;

/**
 * How a DL4J conv or pooling layer pads: {@code Same} is TensorFlow's SAME (DL4J also puts the odd pixel at the
 * bottom/right); {@code Truncate} and {@code Strict} are VALID after an explicit symmetric zero padding.
 */
record SpatialPadding(Padding padding, int padH, int padW) {

    static SpatialPadding of(SourceNode node, ConvolutionMode mode, int[] explicit) throws ModelImportException {
        if (mode == ConvolutionMode.Same) {
            return new SpatialPadding(Padding.SAME, 0, 0);
        }
        if (mode == ConvolutionMode.Truncate || mode == ConvolutionMode.Strict) {
            return new SpatialPadding(Padding.VALID, explicit[0], explicit[1]);
        }
        throw SupportedLayers.unsupportedSetting(node, "convolution mode " + mode + " (supported: Same, Truncate,"
                + " Strict)");
    }

    boolean hasExplicitPadding() {
        return padH > 0 || padW > 0;
    }

    static void requireUnitDilation(SourceNode node, int[] dilation) throws ModelImportException {
        for (int d : dilation) {
            if (d != 1) {
                throw SupportedLayers.unsupportedSetting(node, "dilation " + dilation[0] + "x" + dilation[1]
                        + " (only 1x1)");
            }
        }
    }
}
