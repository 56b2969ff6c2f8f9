package org.mcuq.liteengine.cost.internal;

import org.mcuq.ir.OpType;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.internal.ConvGeometry;

/**
 * Run-time features of pooling and padding kernels, which read and write packed elements one at a time: max and
 * average pool (a bounds-checked window per output element; the compiler handles narrow windows differently, so
 * window rows and taps are tagged with the width; where windows reach into the padding the bounds checks stay and
 * the average's divisor is not a constant), global average pool (a sum per channel) and zero padding (a
 * copy into the middle of the output).
 */
final class PoolFeatures {

    private PoolFeatures() {
    }

    static void pool(KernelSetup s, Features f) {
        ConvGeometry g = Windows.of(s.layer(), s.inputShape(), s.outputShape());
        String op = s.layer().op() == OpType.MAX_POOL ? "max" : "avg";
        long outputs = (long) g.pixels() * g.out().channels();
        String window = "k" + Math.min(g.kernelW(), 4);
        f.add("pool.layer", op, 1).add("pool.pixel", g.pixels());
        f.add("pool.output", op + ".b" + s.output().bits(), outputs);
        f.add("pool.row", window, outputs * g.kernelH()).add("pool.tap", window, outputs * g.kernelH() * g.kernelW());
        long taps = outputs * g.kernelH() * g.kernelW();
        long inside = Windows.insideTaps(g) * g.out().channels();
        f.add("pool.read", op + "." + s.input().tag(), inside);
        if (inside < taps) {
            f.add("pool.clipped", op, outputs).add("pool.cliptap", op, taps);
        }
    }

    static void globalAverage(KernelSetup s, Features f) {
        Shape in = s.inputShape();
        f.add("gap.layer", 1).add("gap.read", s.input().tag(), in.elements());
        f.add("gap.channel", "b" + s.output().bits(), in.channels());
    }

    static void zeroPadding(KernelSetup s, Features f) {
        Shape out = s.outputShape();
        f.add("zp.layer", 1).add("zp.pixel", (long) out.height() * out.width());
        f.add("zp.elem", "b" + s.output().bits(), out.elements());
        f.add("zp.read", s.input().tag(), s.inputShape().elements());
    }
}
