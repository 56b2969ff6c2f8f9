package org.mcuq.liteengine.reference.internal;

import java.util.List;

import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.quant.QuantizedInput;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedPassThrough;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/** Computes one quantized layer's integer output from its inputs' outputs. */
public final class LayerRunner {

    private LayerRunner() {
    }

    /**
     * @param x   outputs of the layer's inputs in operand order (for the input layer, the network input)
     * @param in  shape of the first input
     * @param out the layer's output shape
     */
    public static int[] run(QuantizedLayer layer, List<int[]> x, Shape in, Shape out) {
        return switch (layer) {
            case QuantizedInput q -> x.get(0).clone();
            case QuantizedWeightedLayer q -> weighted(q, x.get(0), in, out);
            case QuantizedScaledSum q -> ElementwiseKernels.scaledSum(q, x);
            case QuantizedPassThrough q -> passThrough(q.source(), x.get(0), in, out);
        };
    }

    private static int[] weighted(QuantizedWeightedLayer q, int[] x, Shape in, Shape out) {
        return switch (q.source()) {
            case Conv2D l -> WeightedKernels.conv2d(q, l, x, in, out);
            case DepthwiseConv2D l -> WeightedKernels.depthwise(q, l, x, in, out);
            case Dense l -> WeightedKernels.dense(q, x);
            case BatchNorm l -> WeightedKernels.affine(q, x);
            default -> throw new IllegalStateException("Layer '" + q.name() + "' of type "
                    + q.source().getClass().getSimpleName() + " cannot be a quantized layer with weights.");
        };
    }

    /** Pooling, padding, or a no-op: flatten and reshape keep NHWC order, softmax is the identity on logits. */
    private static int[] passThrough(Layer layer, int[] x, Shape in, Shape out) {
        return switch (layer) {
            case Pool l -> PoolKernels.pool(l, x, in, out);
            case GlobalAvgPool l -> PoolKernels.globalAverage(x, in);
            case ZeroPadding l -> ElementwiseKernels.zeroPadding(l, x, in, out);
            case Flatten l -> x.clone();
            case Reshape l -> x.clone();
            case Softmax l -> x.clone();
            default -> throw new IllegalStateException("Layer '" + layer.name() + "' of type "
                    + layer.getClass().getSimpleName() + " cannot keep its input's quantization.");
        };
    }
}
