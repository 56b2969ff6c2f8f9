package org.mcuq.rlquant.lsq;

import java.util.List;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;

/**
 * The outcome of LSQ fine-tuning in LiteEngine's terms.
 *
 * @param network the prepared network (batch-norms folded, activations fused) with the fine-tuned float weights
 *                and biases
 * @param spec    the bits it was trained for, every learned step (per-channel weight steps, one step per
 *                step-owning tensor, including the input) and the input's signedness, so no calibration is needed
 */
public record LsqResult(Network network, QuantizationSpec spec) {

    /** {@code Quantizer.quantize(network, spec, [])}: the integer network that reproduces the trained model. */
    public QuantizedNetwork quantize() {
        return Quantizer.quantize(network, spec, List.of());
    }
}
