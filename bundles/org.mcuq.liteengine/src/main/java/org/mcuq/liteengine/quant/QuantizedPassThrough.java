package org.mcuq.liteengine.quant;

import org.mcuq.ir.Layer;

/**
 * A layer whose output keeps its input's quantization (same bits, signedness and step) and needs no constants:
 * max pool, average pool and global average pool (integer mean, rounded half away from zero), zero padding (pads
 * with the zero point 0), flatten and reshape (no-ops on NHWC data) and softmax (identity on the integer logits).
 */
public record QuantizedPassThrough(Layer source, TensorQuantization output) implements QuantizedLayer {
}
