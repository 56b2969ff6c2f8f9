package org.mcuq.liteengine.quant;

import java.util.List;

import org.mcuq.ir.Layer;

/**
 * One layer of a {@link QuantizedNetwork}: the IR layer it came from plus its integer constants. The integer
 * semantics of each kind are given in {@code docs/liteengine-arithmetic.md}. Arrays are shared, not copied:
 * treat them as immutable.
 */
public sealed interface QuantizedLayer
        permits QuantizedInput, QuantizedWeightedLayer, QuantizedScaledSum, QuantizedPassThrough {

    /** The IR layer (of the prepared network) this layer implements. */
    Layer source();

    /** Quantization of this layer's output tensor. */
    TensorQuantization output();

    default String name() {
        return source().name();
    }

    /** Names of the producer layers, in operand order. */
    default List<String> inputs() {
        return source().inputs();
    }
}
