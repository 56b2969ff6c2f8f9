package org.mcuq.rlquant.lsq.internal;

import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Shape;
import org.mcuq.ir.ZeroPadding;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Pooling2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Pooling2DConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Layers that keep their input's step, on integer codes: max pooling is exact; average pooling (padding excluded,
 * as the engine) and global average pooling round the mean half away from zero, as the engine's
 * {@code roundedDivide}; padding adds code 0; flatten and reshape reinterpret NHWC data.
 */
final class ShapeOps {

    private ShapeOps() {
    }

    static QTensor pool(Pool layer, QTensor in) {
        SameDiff sd = in.codes().getSameDiff();
        boolean max = layer.op() == OpType.MAX_POOL;
        Pooling2DConfig config = Pooling2DConfig.builder().kH(layer.poolH()).kW(layer.poolW())
                .sH(layer.strideH()).sW(layer.strideW()).paddingMode(paddingMode(layer.padding())).isNHWC(true)
                .type(max ? Pooling2D.Pooling2DType.MAX : Pooling2D.Pooling2DType.AVG)
                .divisor(Pooling2D.Divisor.EXCLUDE_PADDING).extra(0).build();
        if (max) {
            return in.withCodes(sd.cnn().maxPooling2d(in.codes(), config));
        }
        return in.withCodes(LsqOps.roundHalfAwayStraightThrough(sd.cnn().avgPooling2d(in.codes(), config)));
    }

    /** Sum over height and width, divided (not multiplied by a reciprocal, to keep ties exact) by their product. */
    static QTensor globalAverage(QTensor in, Shape inShape) {
        SDVariable mean = in.codes().sum(true, 1, 2).div((double) inShape.height() * inShape.width());
        return in.withCodes(LsqOps.roundHalfAwayStraightThrough(mean));
    }

    static QTensor pad(ZeroPadding layer, QTensor in) {
        SameDiff sd = in.codes().getSameDiff();
        int[][] pads = {{0, 0}, {layer.top(), layer.bottom()}, {layer.left(), layer.right()}, {0, 0}};
        return in.withCodes(sd.nn().pad(in.codes(), sd.constant(Nd4j.createFromArray(pads)), 0.0));
    }

    /** Flatten and reshape: NHWC data reinterpreted as {@code out}. */
    static QTensor reshape(QTensor in, Shape out) {
        return in.withCodes(in.codes().reshape(-1, out.height(), out.width(), out.channels()));
    }

    static PaddingMode paddingMode(Padding padding) {
        return padding == Padding.SAME ? PaddingMode.SAME : PaddingMode.VALID;
    }
}
