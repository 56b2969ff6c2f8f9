package org.mcuq.liteengine.quant;

import org.mcuq.ir.InputLayer;

/** The network input: the host quantizes float input with {@code output().quantize(float[])}. */
public record QuantizedInput(InputLayer source, TensorQuantization output) implements QuantizedLayer {
}
