package org.mcuq.rlquant.lsq.internal;

import org.mcuq.liteengine.quant.TensorQuantization;
import org.nd4j.autodiff.samediff.SDVariable;

/**
 * One activation tensor of the training graph as the engine stores it: integer-valued codes (NHWC, float32) and
 * the step they are multiplied by.
 *
 * @param codes  the integers {@code q}, exactly representable in float32
 * @param step   the tensor's step, gradient-scaled, a scalar
 * @param format bits and signedness the engine gives the tensor
 */
public record QTensor(SDVariable codes, SDVariable step, TensorQuantization format) {

    /** The real values {@code q * step}. */
    public SDVariable real() {
        return codes.mul(step);
    }

    /** The same step and format with other codes (pooling, padding, reshaping). */
    public QTensor withCodes(SDVariable newCodes) {
        return new QTensor(newCodes, step, format);
    }
}
