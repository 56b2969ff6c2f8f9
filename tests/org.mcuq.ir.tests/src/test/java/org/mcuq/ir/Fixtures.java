package org.mcuq.ir;

import java.util.List;
import java.util.Random;

/** Small layer and data factories shared by the tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static InputLayer input(int h, int w, int c) {
        return new InputLayer("in", new Shape(h, w, c));
    }

    /** A bias-free conv with zero weights sized for {@code inC} input channels. */
    public static Conv2D conv(String name, String input, int k, int stride, Padding padding, int inC,
            int outC) {
        return new Conv2D(name, input, k, k, stride, stride, padding, outC, new float[k * k * inC * outC],
                new float[outC], Activation.NONE);
    }

    public static Network network(Layer... layers) {
        return new Network("test", List.of(layers));
    }

    /** {@code 1, 2, ..., n} as floats. */
    public static float[] ramp(int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = i + 1;
        }
        return values;
    }

    /** Uniform values in {@code [-scale, scale)}. */
    public static float[] uniform(Random random, int n, double scale) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
        }
        return values;
    }

    /** Uniform values in {@code [low, high)}. */
    public static float[] between(Random random, int n, double low, double high) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (low + random.nextDouble() * (high - low));
        }
        return values;
    }

    public static float maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new AssertionError("length " + a.length + " != " + b.length);
        }
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
