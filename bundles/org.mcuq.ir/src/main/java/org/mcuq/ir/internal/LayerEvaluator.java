package org.mcuq.ir.internal;

import java.util.List;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;

/** Computes one layer's float output from its inputs' outputs. */
public final class LayerEvaluator {

    private LayerEvaluator() {
    }

    /**
     * @param x   outputs of the layer's inputs, in {@link Layer#inputs()} order
     * @param in  shape of the first input
     * @param out the layer's output shape
     */
    public static float[] evaluate(Layer layer, List<float[]> x, Shape in, Shape out) {
        return switch (layer) {
            case InputLayer l -> x.get(0).clone();
            case Conv2D l -> WeightedKernels.conv2d(l, x.get(0), in, out);
            case DepthwiseConv2D l -> WeightedKernels.depthwise(l, x.get(0), in, out);
            case Dense l -> WeightedKernels.dense(l, x.get(0));
            case Pool l -> PoolKernels.pool(l, x.get(0), in, out);
            case GlobalAvgPool l -> PoolKernels.globalAverage(x.get(0), in);
            case Add l -> ElementwiseKernels.add(x, l.activation());
            case Relu l -> ElementwiseKernels.activate(x.get(0), Activation.RELU);
            case Relu6 l -> ElementwiseKernels.activate(x.get(0), Activation.RELU6);
            case BatchNorm l -> ElementwiseKernels.batchNorm(l, x.get(0));
            case ZeroPadding l -> LayoutKernels.zeroPadding(l, x.get(0), in, out);
            case Flatten l -> x.get(0).clone();
            case Reshape l -> x.get(0).clone();
            case Softmax l -> ElementwiseKernels.softmax(x.get(0), out.channels());
        };
    }
}
