package org.mcuq.ir.internal;

import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Window;

/** Float kernels of the layers with weights: convolution, depthwise convolution and dense. */
public final class WeightedKernels {

    private WeightedKernels() {
    }

    public static float[] conv2d(Conv2D l, float[] x, Shape in, Shape out) {
        Window win = Window.of(in, out, l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding());
        float[] y = new float[out.elements()];
        for (int oy = 0; oy < out.height(); oy++) {
            for (int ox = 0; ox < out.width(); ox++) {
                int base = win.outputOffset(oy, ox);
                System.arraycopy(l.bias(), 0, y, base, out.channels());
                convPixel(l, win, x, y, oy, ox);
            }
        }
        ElementwiseKernels.activateInPlace(y, l.activation());
        return y;
    }

    private static void convPixel(Conv2D l, Window win, float[] x, float[] y, int oy, int ox) {
        int inC = win.in().channels();
        int outC = l.outChannels();
        int base = win.outputOffset(oy, ox);
        float[] w = l.weights();
        for (int ky = 0; ky < l.kernelH(); ky++) {
            int iy = win.inputRow(oy, ky);
            for (int kx = 0; iy >= 0 && kx < l.kernelW(); kx++) {
                int ix = win.inputColumn(ox, kx);
                if (ix < 0) {
                    continue;
                }
                int wBase = (ky * l.kernelW() + kx) * inC * outC;
                accumulate(x, win.inputOffset(iy, ix), inC, w, wBase, y, base, outC);
            }
        }
    }

    /** {@code y[yBase + oc] += sum over ic of x[xBase + ic] * w[wBase + ic * outC + oc]}. */
    private static void accumulate(float[] x, int xBase, int inC, float[] w, int wBase, float[] y, int yBase,
            int outC) {
        for (int ic = 0; ic < inC; ic++) {
            float v = x[xBase + ic];
            int wRow = wBase + ic * outC;
            for (int oc = 0; oc < outC; oc++) {
                y[yBase + oc] += v * w[wRow + oc];
            }
        }
    }

    public static float[] depthwise(DepthwiseConv2D l, float[] x, Shape in, Shape out) {
        Window win = Window.of(in, out, l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding());
        int c = out.channels();
        float[] y = new float[out.elements()];
        for (int oy = 0; oy < out.height(); oy++) {
            for (int ox = 0; ox < out.width(); ox++) {
                int base = win.outputOffset(oy, ox);
                System.arraycopy(l.bias(), 0, y, base, c);
                depthwisePixel(l, win, x, y, oy, ox);
            }
        }
        ElementwiseKernels.activateInPlace(y, l.activation());
        return y;
    }

    private static void depthwisePixel(DepthwiseConv2D l, Window win, float[] x, float[] y, int oy, int ox) {
        int c = win.in().channels();
        int base = win.outputOffset(oy, ox);
        for (int ky = 0; ky < l.kernelH(); ky++) {
            int iy = win.inputRow(oy, ky);
            for (int kx = 0; iy >= 0 && kx < l.kernelW(); kx++) {
                int ix = win.inputColumn(ox, kx);
                if (ix < 0) {
                    continue;
                }
                int xBase = win.inputOffset(iy, ix);
                int wBase = (ky * l.kernelW() + kx) * c;
                for (int ch = 0; ch < c; ch++) {
                    y[base + ch] += x[xBase + ch] * l.weights()[wBase + ch];
                }
            }
        }
    }

    public static float[] dense(Dense l, float[] x) {
        int units = l.units();
        float[] y = l.bias().clone();
        float[] w = l.weights();
        for (int i = 0; i < x.length; i++) {
            float v = x[i];
            int row = i * units;
            for (int u = 0; u < units; u++) {
                y[u] += v * w[row + u];
            }
        }
        ElementwiseKernels.activateInPlace(y, l.activation());
        return y;
    }
}
