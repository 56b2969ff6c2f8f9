package org.mcuq.ir.internal;

import java.util.List;

import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.NetworkValidationException;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;

/** Infers a layer's output shape from its input shapes and checks its weights against them. */
public final class ShapeInference {

    private ShapeInference() {
    }

    /** Output shape of {@code layer} given the shapes of its inputs (in {@link Layer#inputs()} order). */
    public static Shape outputShape(Layer layer, List<Shape> in) {
        return switch (layer) {
            case InputLayer l -> l.shape();
            case Conv2D l -> conv(l, in.get(0));
            case DepthwiseConv2D l -> depthwise(l, in.get(0));
            case Dense l -> dense(l, in.get(0));
            case Pool l -> spatial(l.name(), in.get(0), l.poolH(), l.poolW(), l.strideH(), l.strideW(), l.padding(),
                    in.get(0).channels());
            case GlobalAvgPool l -> Shape.vector(in.get(0).channels());
            case Add l -> add(l, in);
            case BatchNorm l -> batchNorm(l, in.get(0));
            case ZeroPadding l -> zeroPadding(l, in.get(0));
            case Flatten l -> Shape.vector(in.get(0).elements());
            case Reshape l -> reshape(l, in.get(0));
            case Relu l -> in.get(0);
            case Relu6 l -> in.get(0);
            case Softmax l -> in.get(0);
        };
    }

    private static Shape conv(Conv2D l, Shape in) {
        int expected = l.kernelH() * l.kernelW() * in.channels() * l.outChannels();
        LayerChecks.requireLength(l.name(), l.weights(), "weights", expected, "a " + l.kernelH() + "x" + l.kernelW()
                + " kernel from " + in.channels() + " input channels (input " + in + ") to " + l.outChannels()
                + " output channels");
        return spatial(l.name(), in, l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding(),
                l.outChannels());
    }

    private static Shape depthwise(DepthwiseConv2D l, Shape in) {
        int expected = l.kernelH() * l.kernelW() * in.channels();
        LayerChecks.requireLength(l.name(), l.weights(), "weights", expected, "a " + l.kernelH() + "x" + l.kernelW()
                + " depthwise kernel (depth multiplier 1) over " + in.channels() + " channels (input " + in + ")");
        LayerChecks.requireLength(l.name(), l.bias(), "bias", in.channels(), in.channels() + " channels");
        return spatial(l.name(), in, l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding(),
                in.channels());
    }

    private static Shape dense(Dense l, Shape in) {
        if (!in.isVector()) {
            throw new NetworkValidationException(l.name(), "a Dense layer needs a vector input (1x1xN) but receives "
                    + in + " from '" + l.input() + "'; insert a Flatten or GlobalAvgPool layer before it.");
        }
        LayerChecks.requireLength(l.name(), l.weights(), "weights", in.channels() * l.units(), in.channels()
                + " inputs times " + l.units() + " units");
        return Shape.vector(l.units());
    }

    private static Shape spatial(String name, Shape in, int kh, int kw, int sh, int sw, Padding padding,
            int channels) {
        int outH = padding.outputSize(in.height(), kh, sh);
        int outW = padding.outputSize(in.width(), kw, sw);
        if (outH < 1 || outW < 1) {
            throw new NetworkValidationException(name, "its " + kh + "x" + kw + " window does not fit into the "
                    + in + " input with VALID padding; use SAME padding, a smaller window or a larger input.");
        }
        return new Shape(outH, outW, channels);
    }

    private static Shape add(Add l, List<Shape> in) {
        for (int i = 1; i < in.size(); i++) {
            if (!in.get(i).equals(in.get(0))) {
                throw new NetworkValidationException(l.name(), "Add inputs must have the same shape, but '"
                        + l.inputs().get(0) + "' is " + in.get(0) + " and '" + l.inputs().get(i) + "' is "
                        + in.get(i) + "; add a projection (e.g. a 1x1 conv) so the shapes match.");
            }
        }
        return in.get(0);
    }

    private static Shape batchNorm(BatchNorm l, Shape in) {
        if (l.channels() != in.channels()) {
            throw new NetworkValidationException(l.name(), "has parameters for " + l.channels() + " channels but its"
                    + " input " + in + " has " + in.channels() + "; check the exported gamma/beta/mean/variance.");
        }
        return in;
    }

    private static Shape zeroPadding(ZeroPadding l, Shape in) {
        return new Shape(in.height() + l.top() + l.bottom(), in.width() + l.left() + l.right(), in.channels());
    }

    private static Shape reshape(Reshape l, Shape in) {
        if (l.target().elements() != in.elements()) {
            throw new NetworkValidationException(l.name(), "cannot reshape " + in + " (" + in.elements()
                    + " elements) to " + l.target() + " (" + l.target().elements()
                    + " elements); choose a target with the same number of elements.");
        }
        return l.target();
    }
}
