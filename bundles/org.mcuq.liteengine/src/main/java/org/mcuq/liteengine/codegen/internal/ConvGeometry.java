package org.mcuq.liteengine.codegen.internal;

import org.mcuq.ir.Conv2D;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/**
 * Sliding-window geometry of a conv, depthwise conv or dense layer (a dense layer is a 1x1 conv on a 1x1 image),
 * with TensorFlow's SAME split: the extra pad row or column goes to the bottom or right.
 */
public record ConvGeometry(Shape in, Shape out, int kernelH, int kernelW, int strideH, int strideW, int padTop,
        int padLeft) {

    public static ConvGeometry of(QuantizedNetwork network, QuantizedWeightedLayer layer) {
        Shape in = network.network().inputShapeOf(layer.name());
        Shape out = network.shapeOf(layer.name());
        return switch (layer.source()) {
            case Conv2D c -> window(in, out, c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), c.padding());
            case DepthwiseConv2D d -> window(in, out, d.kernelH(), d.kernelW(), d.strideH(), d.strideW(),
                    d.padding());
            default -> new ConvGeometry(Shape.vector(in.elements()), Shape.vector(out.elements()), 1, 1, 1, 1, 0, 0);
        };
    }

    private static ConvGeometry window(Shape in, Shape out, int kh, int kw, int sh, int sw, Padding padding) {
        return new ConvGeometry(in, out, kh, kw, sh, sw, padding.padBefore(in.height(), kh, sh),
                padding.padBefore(in.width(), kw, sw));
    }

    /** Length K of each dot product of a conv or dense layer: kernel area times input channels. */
    public int dotLength() {
        return kernelH * kernelW * in.channels();
    }

    public int pixels() {
        return out.height() * out.width();
    }

    /** Rows of the zero-padded input a depthwise kernel reads: (outH - 1) * strideH + kernelH. */
    public int planeHeight() {
        return (out.height() - 1) * strideH + kernelH;
    }

    public int planeWidth() {
        return (out.width() - 1) * strideW + kernelW;
    }

    public String describe() {
        return kernelH + "x" + kernelW + " stride " + strideH + "x" + strideW + " pad " + padTop + "/" + padLeft
                + ", " + in + " -> " + out;
    }
}
