package org.mcuq.liteengine.cost.internal;

import org.mcuq.liteengine.quant.TensorQuantization;

/** How an activation tensor is stored, as far as the kernels' cost depends on it: bit width and signedness. */
public record TensorFormat(int bits, boolean signed) {

    public static TensorFormat of(TensorQuantization q) {
        return new TensorFormat(q.bits(), q.signed());
    }

    /** A quantization with this format and a placeholder step, for the code generator's layout rules. */
    public TensorQuantization quantization() {
        return new TensorQuantization(bits, signed, 1f);
    }

    /** A short tag for cost features, e.g. "b4u". */
    public String tag() {
        return "b" + bits + (signed ? "s" : "u");
    }
}
