package org.mcuq.liteengine.codegen.internal;

import org.mcuq.ir.OpType;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Shape;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.quant.TensorQuantization;

/** Emits pooling and zero padding, which keep their input's quantization. */
public final class PoolEmitter {

    private PoolEmitter() {
    }

    public static LayerSource pool(LayerContext ctx) {
        Pool l = (Pool) ctx.layer().source();
        Shape in = ctx.inputShape(0);
        Shape out = ctx.outputShape();
        boolean max = l.op() == OpType.MAX_POOL;
        Template t = Template.load("pool.c");
        common(t, ctx, (max ? "max" : "average") + " pool " + l.poolH() + "x" + l.poolW() + " stride " + l.strideH()
                + "x" + l.strideW() + " " + l.padding() + ", " + in + " -> " + out);
        t.with("WHAT", max ? "Maximum" : "Mean (rounded half away from zero)")
                .with("H", in.height()).with("W", in.width()).with("C", in.channels())
                .with("HO", out.height()).with("WO", out.width()).with("KH", l.poolH()).with("KW", l.poolW())
                .with("SH", l.strideH()).with("SW", l.strideW())
                .with("PT", l.padding().padBefore(in.height(), l.poolH(), l.strideH()))
                .with("PL", l.padding().padBefore(in.width(), l.poolW(), l.strideW()))
                .with("DECLARATIONS", max ? "int32_t acc = INT32_MIN;" : "int32_t acc = 0;\n                int32_t count = 0;")
                .with("COMBINE", max ? "acc = v > acc ? v : acc;" : "acc += v;\n                            count++;")
                .with("RESULT", max ? "acc" : "le_rounded_divide(acc, count)");
        return new LayerSource(ctx.fileName(), unary(ctx), t.render());
    }

    public static LayerSource globalAverage(LayerContext ctx) {
        Shape in = ctx.inputShape(0);
        Template t = Template.load("global_avg_pool.c");
        common(t, ctx, "global average pool " + in + " -> " + ctx.outputShape());
        t.with("C", in.channels()).with("HW", in.height() * in.width());
        return new LayerSource(ctx.fileName(), unary(ctx), t.render());
    }

    public static LayerSource zeroPadding(LayerContext ctx) {
        ZeroPadding l = (ZeroPadding) ctx.layer().source();
        Shape in = ctx.inputShape(0);
        Shape out = ctx.outputShape();
        Template t = Template.load("zero_padding.c");
        common(t, ctx, "zero padding " + l.top() + "/" + l.bottom() + "/" + l.left() + "/" + l.right() + ", " + in
                + " -> " + out);
        t.with("H", in.height()).with("W", in.width()).with("C", in.channels()).with("HO", out.height())
                .with("WO", out.width()).with("TOP", l.top()).with("LEFT", l.left());
        return new LayerSource(ctx.fileName(), unary(ctx), t.render());
    }

    private static void common(Template t, LayerContext ctx, String what) {
        TensorQuantization q = ctx.layer().output();
        t.with("BANNER", ctx.banner(what + ", " + LayerContext.format(q))).with("LAYERS_HEADER", ctx.layersHeader())
                .with("FUNCTION", ctx.function()).with("BITS", q.bits()).with("SIGNED", LayerContext.signedFlag(q));
    }

    private static String unary(LayerContext ctx) {
        return "void " + ctx.function() + "(const uint8_t *x, uint8_t *y);";
    }
}
