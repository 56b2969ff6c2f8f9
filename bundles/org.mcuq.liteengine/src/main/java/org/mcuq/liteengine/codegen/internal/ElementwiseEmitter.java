package org.mcuq.liteengine.codegen.internal;

import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.TensorQuantization;

/** Emits the element-wise kernels: an unfolded batch-norm (affine) and the scaled sum of adds and ReLUs. */
public final class ElementwiseEmitter {

    private ElementwiseEmitter() {
    }

    public static LayerSource affine(LayerContext ctx) {
        QuantizedWeightedLayer q = (QuantizedWeightedLayer) ctx.layer();
        Requantizer requantizer = new Requantizer(q);
        int channels = q.channels();
        String text = Template.load("affine.c")
                .with("BANNER", ctx.banner("batch-norm as a per-channel affine op on " + ctx.outputShape() + ", W"
                        + q.weightBits() + " x " + LayerContext.format(q.input()) + " -> "
                        + LayerContext.format(q.output())))
                .with("LAYERS_HEADER", ctx.layersHeader()).with("FUNCTION", ctx.function())
                .with("C", channels).with("WEIGHTS", CArrays.decimal(bytesToInts(q.weights())))
                .with("TABLES", requantizer.tables(q.bias()))
                .with("PIXELS", ctx.outputShape().elements() / channels)
                .with("IN_BITS", q.input().bits()).with("IN_SIGNED", LayerContext.signedFlag(q.input()))
                .with("OUT_BITS", q.output().bits())
                .with("REQUANT", requantizer.expression("acc", "MULT[c]", "SHIFT[c]"))
                .render();
        return new LayerSource(ctx.fileName(), "void " + ctx.function() + "(const uint8_t *x, uint8_t *y);", text);
    }

    public static LayerSource scaledSum(LayerContext ctx) {
        QuantizedScaledSum q = (QuantizedScaledSum) ctx.layer();
        StringBuilder parameters = new StringBuilder();
        for (int k = 0; k < q.inputs().size(); k++) {
            parameters.append("const uint8_t *x").append(k).append(", ");
        }
        String what = q.inputs().size() == 1 ? "requantizing ReLU" : q.inputs().size() + "-input add";
        int elements = ctx.outputShape().elements();
        String loop = byteWise(q, elements) ? byteLoop(q, elements) : elementLoop(q, elements);
        String text = Template.load("scaled_sum.c")
                .with("BANNER", ctx.banner(what + " on " + ctx.outputShape() + " -> "
                        + LayerContext.format(q.output())))
                .with("LAYERS_HEADER", ctx.layersHeader()).with("FUNCTION", ctx.function())
                .with("PARAMETERS", parameters + "uint8_t *y").with("LOOP", loop)
                .with("SHIFT", q.shift()).with("LO", q.clampMin()).with("HI", q.clampMax())
                .render();
        return new LayerSource(ctx.fileName(), "void " + ctx.function() + "(" + parameters + "uint8_t *y);", text);
    }

    /** Inputs and output of one width of 1, 2 or 4 bits filling whole bytes: a byte of each at a time. */
    private static boolean byteWise(QuantizedScaledSum q, int elements) {
        int bits = q.output().bits();
        boolean same = q.inputFormats().stream().allMatch(f -> f.bits() == bits);
        return same && bits < 8 && 8 % bits == 0 && elements % (8 / bits) == 0;
    }

    private static String elementLoop(QuantizedScaledSum q, int elements) {
        StringBuilder sum = new StringBuilder();
        for (int k = 0; k < q.inputs().size(); k++) {
            TensorQuantization in = q.inputFormats().get(k);
            sum.append(k == 0 ? "" : "\n            + ").append("(int64_t)le_get(x").append(k).append(", i, ")
                    .append(in.bits()).append("u, ").append(LayerContext.signedFlag(in)).append(") * ")
                    .append(q.multipliers()[k]);
        }
        return "    for (uint32_t i = 0u; i < " + elements + "u; i++) {\n        const int64_t sum = " + sum + ";\n"
                + "        le_put(y, i, " + q.output().bits() + "u, le_round_shift64(sum, " + q.shift() + "u, "
                + q.clampMin() + ", " + q.clampMax() + "));\n    }";
    }

    private static String byteLoop(QuantizedScaledSum q, int elements) {
        int bits = q.output().bits();
        int perByte = 8 / bits;
        StringBuilder loads = new StringBuilder();
        StringBuilder sum = new StringBuilder();
        for (int k = 0; k < q.inputs().size(); k++) {
            TensorQuantization in = q.inputFormats().get(k);
            loads.append("        const uint32_t b").append(k).append(" = x").append(k).append("[i];\n");
            sum.append(k == 0 ? "" : "\n                + ").append("(int64_t)le_field(b").append(k).append(", k, ")
                    .append(bits).append("u, ").append(LayerContext.signedFlag(in)).append(") * ")
                    .append(q.multipliers()[k]);
        }
        return "    for (uint32_t i = 0u; i < " + elements / perByte + "u; i++) {\n" + loads
                + "        uint32_t out = 0u;\n#pragma GCC unroll 8\n        for (uint32_t k = 0u; k < " + perByte
                + "u; k++) {\n            const int64_t sum = " + sum + ";\n            const int32_t v = "
                + "le_round_shift64(sum, " + q.shift() + "u, " + q.clampMin() + ", " + q.clampMax() + ");\n"
                + "            out |= ((uint32_t)v & " + ((1 << bits) - 1) + "u) << (k * " + bits + "u);\n"
                + "        }\n        y[i] = (uint8_t)out;\n    }";
    }

    private static int[] bytesToInts(byte[] values) {
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = values[i];
        }
        return ints;
    }
}
