package org.mcuq.liteengine.reference.internal;

import org.mcuq.ir.OpType;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Window;
import org.mcuq.liteengine.quant.IntegerArithmetic;

/**
 * Integer pooling; the output keeps the input's scale. Padded positions are ignored: max over the valid elements,
 * average = sum of the valid elements divided by their count, rounded half away from zero.
 */
public final class PoolKernels {

    private PoolKernels() {
    }

    public static int[] pool(Pool l, int[] x, Shape in, Shape out) {
        Window win = Window.of(in, out, l.poolH(), l.poolW(), l.strideH(), l.strideW(), l.padding());
        boolean max = l.op() == OpType.MAX_POOL;
        int[] y = new int[out.elements()];
        for (int oy = 0; oy < out.height(); oy++) {
            for (int ox = 0; ox < out.width(); ox++) {
                for (int c = 0; c < out.channels(); c++) {
                    y[win.outputOffset(oy, ox) + c] = max ? maxAt(win, x, oy, ox, c) : averageAt(win, x, oy, ox, c);
                }
            }
        }
        return y;
    }

    private static int maxAt(Window win, int[] x, int oy, int ox, int c) {
        int max = Integer.MIN_VALUE;
        for (int ky = 0; ky < win.kernelH(); ky++) {
            int iy = win.inputRow(oy, ky);
            for (int kx = 0; iy >= 0 && kx < win.kernelW(); kx++) {
                int ix = win.inputColumn(ox, kx);
                if (ix >= 0) {
                    max = Math.max(max, x[win.inputOffset(iy, ix) + c]);
                }
            }
        }
        return max;
    }

    private static int averageAt(Window win, int[] x, int oy, int ox, int c) {
        int sum = 0;
        int count = 0;
        for (int ky = 0; ky < win.kernelH(); ky++) {
            int iy = win.inputRow(oy, ky);
            for (int kx = 0; iy >= 0 && kx < win.kernelW(); kx++) {
                int ix = win.inputColumn(ox, kx);
                if (ix >= 0) {
                    sum += x[win.inputOffset(iy, ix) + c];
                    count++;
                }
            }
        }
        return IntegerArithmetic.roundedDivide(sum, count);
    }

    /** Mean over all {@code h * w} positions per channel, rounded half away from zero. */
    public static int[] globalAverage(int[] x, Shape in) {
        int c = in.channels();
        int[] sums = new int[c];
        for (int i = 0; i < x.length; i++) {
            sums[i % c] += x[i];
        }
        int[] y = new int[c];
        for (int ch = 0; ch < c; ch++) {
            y[ch] = IntegerArithmetic.roundedDivide(sums[ch], in.height() * in.width());
        }
        return y;
    }
}
