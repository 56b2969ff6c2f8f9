package org.mcuq.liteengine.codegen.internal;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.Layer;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Pool;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.memory.ConstantSizes;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * The kernel selector's rules that depend only on shapes and bit widths, shared with the cost model so that both
 * size scratch, constants and in-place inputs the same way.
 */
public final class KernelRules {

    private KernelRules() {
    }

    /** The kernel of a layer without weights that is not an element-wise sum; NONE for aliases. */
    public static KernelKind passThroughKind(Layer source) {
        return switch (source) {
            case Pool p -> p.op() == OpType.MAX_POOL ? KernelKind.MAX_POOL : KernelKind.AVG_POOL;
            case GlobalAvgPool g -> KernelKind.GLOBAL_AVG_POOL;
            case ZeroPadding z -> KernelKind.ZERO_PADDING;
            default -> KernelKind.NONE;
        };
    }

    /** Unfolded batch-norm: one int8 scale and the per-channel tables per channel. */
    public static long affineConstantBytes(int channels) {
        return channels * (1L + ConstantSizes.PER_CHANNEL);
    }

    /** Packed weight rows and the per-channel tables of a conv or dense layer. */
    public static long dotConstantBytes(int channels, DotLayout layout) {
        return (long) channels * (layout.rowBytes() + ConstantSizes.PER_CHANNEL);
    }

    /** int8 depthwise weights and the per-channel tables. */
    public static long depthwiseConstantBytes(ConvGeometry geometry, int channels) {
        return channels * ((long) geometry.kernelH() * geometry.kernelW() + ConstantSizes.PER_CHANNEL);
    }

    /** The int16 padded input planes of the channels a depthwise kernel processes together. */
    public static int depthwiseScratchBytes(ConvGeometry geometry, TensorQuantization input, int channels) {
        int plane = geometry.planeHeight() * geometry.planeWidth() * 2 * DepthwiseEmitter.group(input, channels);
        return DotLayout.roundUp(plane, 4);
    }

    /** A depthwise kernel may overwrite its input when both have the same bits. */
    public static List<Integer> depthwiseInPlace(int inputBits, int outputBits) {
        return inputBits == outputBits ? List.of(0) : List.of();
    }

    /** An affine kernel may overwrite an input at least as wide as its output. */
    public static List<Integer> narrowingInPlace(int inputBits, int outputBits) {
        return inputBits >= outputBits ? List.of(0) : List.of();
    }

    /**
     * Element-wise: output element i is written after element i of every input is read, so any input at least as
     * wide as the output may be overwritten, widest first.
     */
    public static List<Integer> elementwiseInPlace(int[] inputBits, int outputBits) {
        return IntStream.range(0, inputBits.length).boxed().filter(i -> inputBits[i] >= outputBits)
                .sorted(Comparator.comparingInt((Integer i) -> -inputBits[i])).toList();
    }
}
