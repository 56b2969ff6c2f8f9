package org.mcuq.ir.internal;

import java.util.List;

import org.mcuq.ir.Activation;
import org.mcuq.ir.BatchNorm;

/** Float kernels that work element by element or channel by channel. */
public final class ElementwiseKernels {

    private ElementwiseKernels() {
    }

    public static void activateInPlace(float[] y, Activation activation) {
        if (activation == Activation.NONE) {
            return;
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = activation.apply(y[i]);
        }
    }

    public static float[] activate(float[] x, Activation activation) {
        float[] y = x.clone();
        activateInPlace(y, activation);
        return y;
    }

    public static float[] add(List<float[]> inputs, Activation activation) {
        float[] y = inputs.get(0).clone();
        for (float[] x : inputs.subList(1, inputs.size())) {
            for (int i = 0; i < y.length; i++) {
                y[i] += x[i];
            }
        }
        activateInPlace(y, activation);
        return y;
    }

    public static float[] batchNorm(BatchNorm l, float[] x) {
        int c = l.channels();
        float[] scale = new float[c];
        float[] shift = new float[c];
        for (int ch = 0; ch < c; ch++) {
            scale[ch] = l.scale(ch);
            shift[ch] = l.shift(ch);
        }
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * scale[i % c] + shift[i % c];
        }
        return y;
    }

    /** Softmax over the last (channel) axis, separately at every spatial position. */
    public static float[] softmax(float[] x, int channels) {
        float[] y = new float[x.length];
        for (int base = 0; base < x.length; base += channels) {
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < channels; c++) {
                max = Math.max(max, x[base + c]);
            }
            double sum = 0;
            for (int c = 0; c < channels; c++) {
                y[base + c] = (float) Math.exp(x[base + c] - max);
                sum += y[base + c];
            }
            for (int c = 0; c < channels; c++) {
                y[base + c] = (float) (y[base + c] / sum);
            }
        }
        return y;
    }
}
