package org.mcuq.liteengine.quant;

/** How the quantizer chooses a step size that the {@link QuantizationSpec} does not give. */
public enum CalibrationMethod {

    /** Step from the largest magnitude seen: nothing is clipped. */
    MAX,

    /**
     * Step whose clipping threshold minimises the mean squared quantization error (rounding plus clipping) of the
     * observed values, searched over 128 evenly spaced thresholds up to the largest magnitude. The tensor that
     * feeds the network output still uses {@link #MAX} so that the largest logits are never clipped together.
     */
    MSE
}
