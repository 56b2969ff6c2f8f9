package org.mcuq.liteengine.cost.internal;

import org.mcuq.ir.Conv2D;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.internal.ConvGeometry;

/**
 * Sliding-window geometry of a layer as the generated kernels see it (the same split of the padding as
 * {@link ConvGeometry}), and how many window positions fall inside the input.
 */
public final class Windows {

    private Windows() {
    }

    /** Geometry of a conv, depthwise conv, pool (pool size as kernel) or dense layer (a 1x1 conv on 1x1). */
    public static ConvGeometry of(Layer layer, Shape in, Shape out) {
        return switch (layer) {
            case Conv2D c -> window(in, out, c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), c.padding());
            case DepthwiseConv2D d -> window(in, out, d.kernelH(), d.kernelW(), d.strideH(), d.strideW(),
                    d.padding());
            case Pool p -> window(in, out, p.poolH(), p.poolW(), p.strideH(), p.strideW(), p.padding());
            default -> new ConvGeometry(Shape.vector(in.elements()), Shape.vector(out.elements()), 1, 1, 1, 1, 0, 0);
        };
    }

    private static ConvGeometry window(Shape in, Shape out, int kh, int kw, int sh, int sw, Padding padding) {
        return new ConvGeometry(in, out, kh, kw, sh, sw, padding.padBefore(in.height(), kh, sh),
                padding.padBefore(in.width(), kw, sw));
    }

    /** Window taps over all output pixels, inside or outside the input. */
    public static long taps(ConvGeometry g) {
        return (long) g.pixels() * g.kernelH() * g.kernelW();
    }

    /** Window taps over all output pixels that fall inside the input (the rest read padding). */
    public static long insideTaps(ConvGeometry g) {
        return (long) inside(g.out().height(), g.kernelH(), g.strideH(), g.padTop(), g.in().height())
                * inside(g.out().width(), g.kernelW(), g.strideW(), g.padLeft(), g.in().width());
    }

    /** Pairs (output index, kernel index) along one axis whose input index lies in [0, size). */
    private static int inside(int outputs, int kernel, int stride, int padBefore, int size) {
        int count = 0;
        for (int o = 0; o < outputs; o++) {
            for (int k = 0; k < kernel; k++) {
                int i = o * stride - padBefore + k;
                if (i >= 0 && i < size) {
                    count++;
                }
            }
        }
        return count;
    }
}
