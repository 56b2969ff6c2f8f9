package org.mcuq.liteengine.cost.internal;

import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.internal.ConvGeometry;
import org.mcuq.liteengine.codegen.internal.DenseStore;
import org.mcuq.liteengine.codegen.internal.DotLayout;
import org.mcuq.liteengine.packing.OperandEncoding;
import org.mcuq.liteengine.packing.PackingPlan;

/**
 * Run-time features of a conv or dense kernel ({@code dot_kernel.c}): for every pair of output pixels two im2col
 * columns are gathered (window taps, in-bounds copies, padding, an optional packing step), then the output
 * channels run in 2x2 blocks (a 1x2 block for an odd channel); a last odd pixel (and every dense layer) runs in
 * 4x1 and 1x1 blocks. A block runs the multiply loop over the row's words, in runs of at most T with an
 * extraction after each run for packed plans; every output is requantized and stored.
 */
final class DotFeatures {

    private final KernelSetup s;
    private final ConvGeometry g;
    private final DotLayout layout;
    private final PackingPlan plan;
    private final Features f;

    DotFeatures(KernelSetup setup, Features features) {
        this.s = setup;
        this.g = Windows.of(setup.layer(), setup.inputShape(), setup.outputShape());
        this.plan = setup.plan().orElse(null);
        this.layout = DotLayout.of(setup.kind(), g, plan, setup.input().quantization());
        this.f = features;
    }

    void add() {
        f.add("dot.layer", multiplyTag(), 1);
        columns();
        blocks();
        outputs();
    }

    /** The multiply loop's variant: plain MLA, SMLAD on int16, or the packed plan's instruction and extraction. */
    private String multiplyTag() {
        return switch (s.kind()) {
            case DOT_PLAIN -> "plain";
            case DOT_SMLAD -> layout.laneBits() > 0 ? "smlad16.l" + layout.laneBits() : "smlad16";
            default -> plan.kind() + "." + plan.extraction() + "." + plan.signHandling() + storeTag();
        };
    }

    /** Dense weight stores unpack k register words per flash word; corrected ones start runs per column. */
    private String storeTag() {
        DenseStore store = layout.store();
        return store.dense() ? ".k" + store.perWord() + (store.corrected() ? ".c" : "") : "";
    }

    private String columnTag() {
        if (!layout.direct()) {
            return "staged";
        }
        return s.kind() == KernelKind.DOT_PACKED ? "direct" : "pair";
    }

    private boolean packed() {
        return s.kind() == KernelKind.DOT_PACKED;
    }

    /** Packed offset plans and dense SMLAD weights subtract a multiple of the column's field sum. */
    private boolean fieldSum() {
        return packed() && plan.encoding().weightZeroPoint() != 0 || layout.laneBits() > 0;
    }

    private void columns() {
        long taps = Windows.taps(g);
        long inside = Windows.insideTaps(g);
        long padding = taps - inside;
        int c = g.in().channels();
        String path = columnTag();
        String window = path + ".k" + Math.min(g.kernelW(), 5);
        f.add("col.column", path, g.pixels()).add("col.tap", window, taps).add("col.intap", window, inside);
        long fields = inside * c;
        switch (path) {
            case "staged" -> stagedColumns(fields, padding, c);
            case "pair" -> pairColumns(fields, padding, c);
            default -> directColumns(inside, padding, c);
        }
        if (fieldSum()) {
            f.add("col.sum", fields).add("col.padsum", padding);
        }
        if (packed() && layout.store().corrected()) {
            f.add("col.startword", (long) g.pixels() * layout.loopWords()).add("col.startrun",
                    (long) g.pixels() * layout.runs());
        }
        if (zeroPoint() != 0) {
            f.add("col.za", fields);
        }
    }

    /** int16 fields (le_unpack a byte at a time, or le_get per field), padding and tail stored as int16. */
    private void stagedColumns(long fields, long padding, int c) {
        int bits = s.input().bits();
        boolean bytes = 8 % bits == 0 && c * bits % 8 == 0;
        if (bytes) {
            f.add("col.byte", fields * bits / 8).add("col.field", "unpack." + sign(), fields);
        } else {
            f.add("col.field", "get." + s.input().tag(), fields);
        }
        f.add("col.pad", "half.loop", padding * c);
        f.add("col.tail", (long) g.pixels() * (layout.paddedLength() - layout.length()));
        if (packed()) {
            f.add("col.packword", plan.kind().toString(), (long) g.pixels() * layout.words());
            f.add("col.packfield", (long) g.pixels() * layout.words() * plan.operandsPerMultiply());
        }
    }

    /** 8-bit input as int16 pairs, 4 values per word; dense SMLAD weights pad the column to whole weight words. */
    private void pairColumns(long fields, long padding, int c) {
        f.add("col.word", "pair", fields / 4).add("col.pad", "word.loop", padding * c / 2);
        f.add("col.tail", "pair", (long) g.pixels() * (layout.paddedLength() - layout.length()) / 2);
    }

    /** Groups of whole bytes unpacked into fields and packed straight into whole operand words per pixel. */
    private void directColumns(long inside, long padding, int c) {
        int n = plan.operandsPerMultiply();
        int bits = s.input().bits();
        int group = groupFields(n, bits);
        long groups = c / group + (c % group == 0 ? 0 : 1);
        int words = (c + n - 1) / n;
        f.add("col.group", inside * groups).add("col.byte", inside * ((c * bits + 7) / 8));
        f.add("col.field", "direct." + sign(), inside * c).add("col.word", "direct", inside * words);
        f.add("col.pad", "word.unrolled", padding * words);
    }

    private String sign() {
        return s.input().signed() ? "s" : "u";
    }

    private int zeroPoint() {
        return packed() ? plan.encoding().activationZeroPoint() : 0;
    }

    /** Fields per unrolled group of the direct path: lcm(n, fields per whole byte). */
    static int groupFields(int n, int bits) {
        int perByteGroup = 8 / gcd(8, bits);
        return n / gcd(n, perByteGroup) * perByteGroup;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private void blocks() {
        int co = s.outputShape().channels();
        int pairs = g.pixels() / 2;
        int odd = g.pixels() % 2;
        f.add("dot.pair", pairs).add("dot.single", odd);
        block("22", (long) pairs * (co / 2));
        block("12", (long) pairs * (co % 2));
        block("41", (long) odd * (co / 4));
        block("11", (long) odd * (co % 4));
    }

    /** {@code count} calls of one block shape: its multiply-loop iterations, runs and call overhead. */
    private void block(String shape, long count) {
        String tag = multiplyTag();
        int iterations = switch (s.kind()) {
            case DOT_PLAIN -> layout.length();
            case DOT_PACKED -> layout.storeWords();
            default -> layout.words();
        };
        f.add("dot.block" + shape, tag, count).add("dot.iter" + shape, tag, count * iterations);
        if (packed() && layout.runs() > 1) {
            f.add("dot.run" + shape, tag, count * layout.runs());
        }
    }

    /** Requantize and store every output; pixel pairs and single pixels run different store code. */
    private void outputs() {
        int co = s.outputShape().channels();
        long pairOutputs = (long) (g.pixels() / 2) * 2 * co;
        long singleOutputs = (long) (g.pixels() % 2) * co;
        String requant = s.requantTag() + correctionTag();
        f.add("dot.finish", "pair." + requant, pairOutputs).add("dot.finish", "single." + requant, singleOutputs);
        int bits = s.output().bits();
        int group = 8 / bits;
        if ((bits == 1 || bits == 2 || bits == 4) && co % group == 0) {
            f.add("out.gbyte", pairOutputs / group).add("out.gfield", "b" + bits, pairOutputs);
        } else {
            f.add("out.put", "pair.b" + bits, pairOutputs);
        }
        f.add("out.put", "single.b" + bits, singleOutputs);
    }

    /** Packed plans subtract zw * (activation field sum) and scale the field dot product. */
    private String correctionTag() {
        if (!packed()) {
            return "";
        }
        OperandEncoding e = plan.encoding();
        return (e.weightZeroPoint() != 0 ? ".zw" : "") + (e.weightScale() != 1 ? ".scale" : "");
    }
}
