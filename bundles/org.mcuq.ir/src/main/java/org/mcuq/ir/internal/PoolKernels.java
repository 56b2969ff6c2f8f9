package org.mcuq.ir.internal;

import org.mcuq.ir.OpType;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Window;

/** Float kernels of max, average and global average pooling. */
public final class PoolKernels {

    private PoolKernels() {
    }

    /** Max or average pooling; padded positions are ignored (TensorFlow semantics for SAME). */
    public static float[] pool(Pool l, float[] x, Shape in, Shape out) {
        Window win = Window.of(in, out, l.poolH(), l.poolW(), l.strideH(), l.strideW(), l.padding());
        float[] y = new float[out.elements()];
        for (int oy = 0; oy < out.height(); oy++) {
            for (int ox = 0; ox < out.width(); ox++) {
                for (int c = 0; c < out.channels(); c++) {
                    y[win.outputOffset(oy, ox) + c] = l.op() == OpType.MAX_POOL
                            ? maxAt(win, x, oy, ox, c)
                            : averageAt(win, x, oy, ox, c);
                }
            }
        }
        return y;
    }

    private static float maxAt(Window win, float[] x, int oy, int ox, int c) {
        float max = Float.NEGATIVE_INFINITY;
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

    private static float averageAt(Window win, float[] x, int oy, int ox, int c) {
        float sum = 0;
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
        return sum / count;
    }

    public static float[] globalAverage(float[] x, Shape in) {
        int c = in.channels();
        int positions = in.height() * in.width();
        float[] y = new float[c];
        for (int i = 0; i < x.length; i++) {
            y[i % c] += x[i];
        }
        for (int ch = 0; ch < c; ch++) {
            y[ch] /= positions;
        }
        return y;
    }
}
