package org.mcuq.ir.internal;

import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Shape;
import org.mcuq.ir.WeightedLayer;

/** Multiply-accumulate and parameter counts of one layer. */
public final class LayerCost {

    private LayerCost() {
    }

    /** MACs of {@code layer} producing {@code out} from {@code in}; zero for layers without weights. */
    public static long macs(Layer layer, Shape in, Shape out) {
        long positions = (long) out.height() * out.width();
        return switch (layer) {
            case Conv2D l -> positions * l.outChannels() * l.kernelH() * l.kernelW() * in.channels();
            case DepthwiseConv2D l -> positions * out.channels() * l.kernelH() * l.kernelW();
            case Dense l -> (long) in.channels() * l.units();
            default -> 0L;
        };
    }

    /** Stored parameters: weights plus bias, or four per channel for batch-norm. */
    public static long params(Layer layer) {
        return switch (layer) {
            case WeightedLayer l -> (long) l.weights().length + l.bias().length;
            case BatchNorm l -> 4L * l.channels();
            default -> 0L;
        };
    }
}
