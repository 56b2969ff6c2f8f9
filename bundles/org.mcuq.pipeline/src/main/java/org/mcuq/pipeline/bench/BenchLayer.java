package org.mcuq.pipeline.bench;

import java.util.List;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;

/**
 * The four layer shapes of the LiteEngine brief (docs: liteengine.md), stride 1 with ReLU, as one-layer networks
 * for LiteEngine and as compiler definitions for the baseline C kernels.
 */
public enum BenchLayer {

    CONV3X3("conv 3x3 32x32x16->32", 0, 16, 32, 3, 1, 11),
    CONV1X1("conv 1x1 32x32x32->32", 0, 32, 32, 1, 0, 10),
    DEPTHWISE3X3("depthwise 3x3 32x32x32", 1, 32, 32, 3, 1, 9),
    DENSE("fully connected 1024->128", 2, 1024, 128, 1, 0, 12);

    /** The layer's name in the one-layer networks; its region is step 1 (step 0 is the input). */
    public static final String LAYER = "layer";
    public static final int REGION = 1;

    private final String label;
    private final int kind;
    private final int inputChannels;
    private final int outputChannels;
    private final int kernel;
    private final int padding;
    private final int shift;

    BenchLayer(String label, int kind, int inputChannels, int outputChannels, int kernel, int padding, int shift) {
        this.label = label;
        this.kind = kind;
        this.inputChannels = inputChannels;
        this.outputChannels = outputChannels;
        this.kernel = kernel;
        this.padding = padding;
        this.shift = shift;
    }

    public String label() {
        return label;
    }

    public Shape input() {
        return this == DENSE ? new Shape(1, 1, inputChannels) : new Shape(32, 32, inputChannels);
    }

    public long macs() {
        Shape in = input();
        long pixels = (long) in.height() * in.width();
        return this == DEPTHWISE3X3 ? pixels * kernel * kernel * inputChannels
                : pixels * kernel * kernel * inputChannels * outputChannels;
    }

    /** -D flags of bench_shape.h. */
    public List<String> compilerDefinitions() {
        Shape in = input();
        return List.of("-DBENCH_KIND=" + kind, "-DBENCH_H=" + in.height(), "-DBENCH_W=" + in.width(),
                "-DBENCH_CIN=" + inputChannels, "-DBENCH_COUT=" + outputChannels, "-DBENCH_KS=" + kernel,
                "-DBENCH_PAD=" + padding, "-DBENCH_SHIFT=" + shift);
    }

    /** The layer as a one-layer network with seeded random weights (He-scaled) and small biases. */
    public Network network(long seed) {
        Random r = new Random(seed);
        int fanIn = this == DEPTHWISE3X3 ? kernel * kernel : kernel * kernel * inputChannels;
        Padding pad = padding > 0 ? Padding.SAME : Padding.VALID;
        Layer layer = switch (this) {
            case CONV3X3, CONV1X1 -> new Conv2D(LAYER, "in", kernel, kernel, 1, 1, pad, outputChannels,
                    weights(r, fanIn * outputChannels, fanIn), biases(r, outputChannels), Activation.RELU);
            case DEPTHWISE3X3 -> new DepthwiseConv2D(LAYER, "in", kernel, kernel, 1, 1, pad,
                    weights(r, fanIn * inputChannels, fanIn), biases(r, inputChannels), Activation.RELU);
            case DENSE -> new Dense(LAYER, "in", outputChannels, weights(r, fanIn * outputChannels, fanIn),
                    biases(r, outputChannels), Activation.RELU);
        };
        return new Network("bench_" + name().toLowerCase(), List.of(new InputLayer("in", input()), layer));
    }

    private static float[] weights(Random r, int n, int fanIn) {
        float[] w = new float[n];
        double scale = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < n; i++) {
            w[i] = (float) (r.nextGaussian() * scale);
        }
        return w;
    }

    private static float[] biases(Random r, int n) {
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            b[i] = (float) (r.nextDouble() * 0.2 - 0.1);
        }
        return b;
    }
}
