package org.mcuq.liteengine.cost.internal;

import org.mcuq.liteengine.codegen.internal.ConvGeometry;
import org.mcuq.liteengine.codegen.internal.DepthwiseEmitter;

/**
 * Run-time features of a depthwise kernel ({@code depthwise.c}): G zero-padded int16 planes are cleared once; per
 * group of G channels the input window is copied into them; per channel the weights are loaded into locals and
 * every output is an unrolled window sum (adjacent taps paired into SMLAD on DSP cores), a requantization and a
 * store.
 */
final class DepthwiseFeatures {

    private final KernelSetup s;
    private final ConvGeometry g;
    private final Features f;

    DepthwiseFeatures(KernelSetup setup, Features features) {
        this.s = setup;
        this.g = Windows.of(setup.layer(), setup.inputShape(), setup.outputShape());
        this.f = features;
    }

    void add() {
        int channels = g.out().channels();
        int group = DepthwiseEmitter.group(s.input().quantization(), channels);
        long groups = channels / group;
        int copyH = Math.min(g.in().height(), g.planeHeight() - g.padTop());
        int copyW = Math.min(g.in().width(), g.planeWidth() - g.padLeft());
        f.add("dw.layer", s.core().hasDsp() ? "dsp" : "nodsp", 1);
        f.add("dw.zero", (long) group * g.planeHeight() * g.planeWidth());
        f.add("dw.group", groups).add("dw.fillrow", groups * copyH);
        f.add("dw.fill", "g" + group + "." + s.input().tag(), groups * copyH * copyW);
        f.add("dw.channel", "k" + g.kernelH() + "x" + g.kernelW(), channels);
        f.add("dw.row", (long) channels * g.out().height());
        outputs(channels);
    }

    private void outputs(int channels) {
        long outputs = (long) channels * g.pixels();
        int pairs = s.core().hasDsp() ? g.kernelH() * (g.kernelW() / 2) : 0;
        int singles = g.kernelH() * g.kernelW() - 2 * pairs;
        f.add("dw.output", s.requantTag(), outputs);
        f.add("dw.pairtap", outputs * pairs).add("dw.singletap", outputs * singles);
        int bits = s.output().bits();
        boolean byteRows = 8 % bits == 0 && channels * bits % 8 == 0;
        f.add("dw.store", (byteRows ? "rows" : "put") + ".b" + bits, outputs);
    }
}
