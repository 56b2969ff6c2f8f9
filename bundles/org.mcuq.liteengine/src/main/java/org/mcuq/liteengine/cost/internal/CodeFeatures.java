package org.mcuq.liteengine.cost.internal;

import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.internal.ConvGeometry;
import org.mcuq.liteengine.codegen.internal.DepthwiseEmitter;
import org.mcuq.liteengine.codegen.internal.DotLayout;
import org.mcuq.liteengine.packing.PackingPlan;

/**
 * Features of a kernel's machine code size: a base per kernel variant plus what the generator unrolls or inlines
 * once per call site (dot-product blocks, requantize-and-store sequences, unpacking groups, depthwise taps,
 * scaled-sum terms).
 */
final class CodeFeatures {

    private CodeFeatures() {
    }

    static Features of(KernelSetup s) {
        Features f = new Features();
        switch (s.kind()) {
            case DOT_PACKED, DOT_SMLAD, DOT_PLAIN -> dot(s, f);
            case DEPTHWISE -> depthwise(s, f);
            case SCALED_SUM -> scaledSum(s, f);
            case NONE -> {
                // no code
            }
            default -> f.add("code.kernel", s.kind() + "." + s.requantTag() + "." + s.output().tag(), 1);
        }
        return f;
    }

    private static void dot(KernelSetup s, Features f) {
        ConvGeometry g = Windows.of(s.layer(), s.inputShape(), s.outputShape());
        PackingPlan plan = s.plan().orElse(null);
        DotLayout layout = DotLayout.of(s.kind(), g, plan, s.input().quantization());
        String tag = s.kind() == KernelKind.DOT_PACKED ? plan.kind() + "." + plan.extraction()
                + (layout.store().dense() ? ".k" + layout.store().perWord() : "")
                : s.kind().name() + (layout.laneBits() > 0 ? ".l" + layout.laneBits() : "");
        int co = g.out().channels();
        int bits = s.output().bits();
        int group = 8 / bits;
        boolean grouped = (bits == 1 || bits == 2 || bits == 4) && co % group == 0;
        boolean runs = plan != null && s.kind() == KernelKind.DOT_PACKED && layout.runs() > 1;
        int blocks22 = grouped ? group / 2 : 1;
        int blocks11 = co % 4;
        f.add("code.dot", tag + (runs ? ".runs" : ""), 1);
        f.add("code.block22", tag, blocks22).add("code.block41", tag, co >= 4 ? 1 : 0);
        f.add("code.block12", tag, !grouped && co % 2 == 1 ? 1 : 0).add("code.block11", tag, blocks11);
        int finishes = 4 * blocks22 + (!grouped && co % 2 == 1 ? 2 : 0) + (co >= 4 ? 4 : 0) + blocks11;
        f.add("code.finish", s.requantTag(), finishes);
        f.add("code.put", "b" + bits, finishes - (grouped ? 4 * blocks22 : 0));
        column(s, g, layout, plan, f);
        f.add("code.starts", layout.store().corrected() ? 1 : 0);
    }

    private static void column(KernelSetup s, ConvGeometry g, DotLayout layout, PackingPlan plan, Features f) {
        int bits = s.input().bits();
        int c = g.in().channels();
        if (!layout.direct()) {
            boolean bytes = 8 % bits == 0 && c * bits % 8 == 0;
            f.add("code.column", bytes ? "unpack.b" + bits : "get", 1);
            f.add("code.pack", plan != null && s.kind() == KernelKind.DOT_PACKED ? 1 : 0);
        } else if (s.kind() == KernelKind.DOT_PACKED) {
            int n = plan.operandsPerMultiply();
            int fields = Math.min(c, DotFeatures.groupFields(n, bits)) + c % DotFeatures.groupFields(n, bits);
            f.add("code.column", "direct", 1).add("code.groupfield", fields);
            f.add("code.padword", (c + n - 1) / n);
        } else {
            f.add("code.column", "pair", 1);
        }
    }

    private static void depthwise(KernelSetup s, Features f) {
        ConvGeometry g = Windows.of(s.layer(), s.inputShape(), s.outputShape());
        int pairs = s.core().hasDsp() ? g.kernelH() * (g.kernelW() / 2) : 0;
        int singles = g.kernelH() * g.kernelW() - 2 * pairs;
        int group = DepthwiseEmitter.group(s.input().quantization(), g.out().channels());
        f.add("code.dw", s.requantTag() + ".b" + s.output().bits(), 1).add("code.dw.pair", pairs);
        f.add("code.dw.single", singles).add("code.dw.fill", "g" + group, group);
    }

    private static void scaledSum(KernelSetup s, Features f) {
        int bits = s.output().bits();
        long elements = s.outputShape().elements();
        boolean byteWise = bits < 8 && 8 % bits == 0 && elements % (8 / bits) == 0
                && s.inputs().stream().allMatch(in -> in.bits() == bits);
        int unroll = byteWise ? 8 / bits : 1;
        f.add("code.ss", (byteWise ? "bytes" : "elements") + ".b" + bits, 1);
        f.add("code.ss.term", (long) s.inputs().size() * unroll).add("code.ss.result", unroll);
    }
}
