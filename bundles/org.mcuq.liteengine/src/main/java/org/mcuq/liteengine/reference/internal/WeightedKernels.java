package org.mcuq.liteengine.reference.internal;

import org.mcuq.ir.Conv2D;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Window;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/**
 * Integer kernels of the layers with weights. Each output pixel starts from the int32 bias, adds
 * {@code w * x} products in int32 (the quantizer proved they cannot overflow) and is requantized per channel.
 */
public final class WeightedKernels {

    private WeightedKernels() {
    }

    public static int[] conv2d(QuantizedWeightedLayer q, Conv2D l, int[] x, Shape in, Shape out) {
        Window win = Window.of(in, out, l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding());
        int[] y = new int[out.elements()];
        int[] acc = new int[out.channels()];
        for (int oy = 0; oy < out.height(); oy++) {
            for (int ox = 0; ox < out.width(); ox++) {
                System.arraycopy(q.bias(), 0, acc, 0, acc.length);
                convPixel(q.weights(), win, x, acc, oy, ox);
                Requantization.store(q, acc, y, win.outputOffset(oy, ox));
            }
        }
        return y;
    }

    /** Weights are HWIO: for each input value, one contiguous row of output-channel weights. */
    private static void convPixel(byte[] w, Window win, int[] x, int[] acc, int oy, int ox) {
        int inC = win.in().channels();
        int outC = acc.length;
        for (int ky = 0; ky < win.kernelH(); ky++) {
            int iy = win.inputRow(oy, ky);
            for (int kx = 0; iy >= 0 && kx < win.kernelW(); kx++) {
                int ix = win.inputColumn(ox, kx);
                if (ix < 0) {
                    continue;
                }
                int xBase = win.inputOffset(iy, ix);
                int wBase = (ky * win.kernelW() + kx) * inC * outC;
                for (int ic = 0; ic < inC; ic++) {
                    multiplyAdd(x[xBase + ic], w, wBase + ic * outC, acc);
                }
            }
        }
    }

    /** {@code acc[c] += v * w[row + c]} for every output channel. */
    private static void multiplyAdd(int v, byte[] w, int row, int[] acc) {
        for (int c = 0; c < acc.length; c++) {
            acc[c] += v * w[row + c];
        }
    }

    public static int[] depthwise(QuantizedWeightedLayer q, DepthwiseConv2D l, int[] x, Shape in, Shape out) {
        Window win = Window.of(in, out, l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding());
        int[] y = new int[out.elements()];
        int[] acc = new int[out.channels()];
        for (int oy = 0; oy < out.height(); oy++) {
            for (int ox = 0; ox < out.width(); ox++) {
                System.arraycopy(q.bias(), 0, acc, 0, acc.length);
                depthwisePixel(q.weights(), win, x, acc, oy, ox);
                Requantization.store(q, acc, y, win.outputOffset(oy, ox));
            }
        }
        return y;
    }

    /** Weights are HWC: channel {@code c} of the input meets weight {@code c} of each kernel position. */
    private static void depthwisePixel(byte[] w, Window win, int[] x, int[] acc, int oy, int ox) {
        int c = acc.length;
        for (int ky = 0; ky < win.kernelH(); ky++) {
            int iy = win.inputRow(oy, ky);
            for (int kx = 0; iy >= 0 && kx < win.kernelW(); kx++) {
                int ix = win.inputColumn(ox, kx);
                if (ix < 0) {
                    continue;
                }
                int xBase = win.inputOffset(iy, ix);
                int wBase = (ky * win.kernelW() + kx) * c;
                for (int ch = 0; ch < c; ch++) {
                    acc[ch] += x[xBase + ch] * w[wBase + ch];
                }
            }
        }
    }

    /** Weights are IO ({@code [inputs][units]}). */
    public static int[] dense(QuantizedWeightedLayer q, int[] x) {
        int[] acc = q.bias().clone();
        for (int i = 0; i < x.length; i++) {
            multiplyAdd(x[i], q.weights(), i * acc.length, acc);
        }
        int[] y = new int[acc.length];
        Requantization.store(q, acc, y, 0);
        return y;
    }

    /** An unfolded batch-norm: {@code acc = bias[c] + w[c] * x} at every position. */
    public static int[] affine(QuantizedWeightedLayer q, int[] x) {
        int c = q.channels();
        int[] y = new int[x.length];
        int[] acc = new int[c];
        for (int base = 0; base < x.length; base += c) {
            for (int ch = 0; ch < c; ch++) {
                acc[ch] = q.bias()[ch] + x[base + ch] * q.weights()[ch];
            }
            Requantization.store(q, acc, y, base);
        }
        return y;
    }
}
