package org.mcuq.liteengine.codegen.internal;

import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.packing.OperandEncoding;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/** Emits the C file of a conv or dense layer from {@code dot_kernel.c}. */
public final class DotEmitter {

    private DotEmitter() {
    }

    public static LayerSource emit(LayerContext ctx, ConvGeometry g) {
        QuantizedWeightedLayer q = (QuantizedWeightedLayer) ctx.layer();
        PackingPlan plan = ctx.kernel().plan().orElse(null);
        KernelKind kind = ctx.kernel().kind();
        DotLayout layout = DotLayout.of(kind, g, plan, q.input());
        DotWeights weights = new DotWeights(q, layout);
        boolean packed = kind == KernelKind.DOT_PACKED;
        OperandEncoding encoding = packed ? plan.encoding() : null;
        int zw = packed ? encoding.weightZeroPoint() : layout.laneOffset();
        Requantizer requantizer = new Requantizer(q);
        Template t = Template.load("dot_kernel.c");
        geometry(t, g);
        t.with("BANNER", ctx.banner(describe(q, g))).with("LAYERS_HEADER", ctx.layersHeader())
                .with("FUNCTION", ctx.function()).with("WEIGHTS", weights.declaration(plan))
                .with("TABLES", requantizer.tables(weights.foldedBias(plan))).with("K", layout.length())
                .with("OUT_BITS", q.output().bits()).with("CO", q.channels()).with("PIXELS", g.pixels())
                .with("DOT_SCALE", packed ? encoding.weightScale() : 1).with("ZW", zw)
                .with("REQUANT", requantizer.expression("acc", "MULT[c]", "SHIFT[c]"))
                .with("DOTS", new DotFunctions(layout, packed ? new OperandCode(plan) : null).all());
        loops(t, q);
        new ColumnCode(layout, g, plan, q.input()).fill(t);
        return new LayerSource(ctx.fileName(), prototype(ctx), t.render());
    }

    private static void loops(Template t, QuantizedWeightedLayer q) {
        DotLoops loops = new DotLoops(q.channels(), q.output().bits());
        t.with("PAIR_CHANNELS", loops.pair()).with("SINGLE_CHANNELS", loops.single())
                .with("CHANNEL_BLOCKS", loops.description());
    }

    static String prototype(LayerContext ctx) {
        return "void " + ctx.function() + "(const uint8_t *x, uint8_t *y, uint8_t *scratch);";
    }

    private static void geometry(Template t, ConvGeometry g) {
        Shape in = g.in();
        t.with("H", in.height()).with("W", in.width()).with("C", in.channels()).with("WO", g.out().width())
                .with("KH", g.kernelH()).with("KW", g.kernelW()).with("SH", g.strideH()).with("SW", g.strideW())
                .with("PT", g.padTop()).with("PL", g.padLeft());
    }

    private static String describe(QuantizedWeightedLayer q, ConvGeometry g) {
        String op = q.source().op().name().toLowerCase();
        return op + " " + g.describe() + ", W" + q.weightBits() + " x " + LayerContext.format(q.input()) + " -> "
                + LayerContext.format(q.output()) + ", clamp [" + q.clampMin() + ", " + q.clampMax() + "]";
    }
}
