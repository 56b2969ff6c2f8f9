package org.mcuq.rlquant.job;

import java.nio.file.Path;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizationException;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.rlquant.agent.QuantizableLayer;
import org.mcuq.rlquant.lsq.LsqException;
import org.mcuq.rlquant.lsq.LsqOptions;
import org.mcuq.rlquant.lsq.LsqTrainer;
import org.mcuq.rlquant.search.SearchException;

/**
 * Refuses, before any long work, a model the search could not fine-tune or LiteEngine could not quantize: no layer
 * with bit widths to choose, an output that is not a vector of class scores, a batch-norm that cannot be folded, or
 * constants LiteEngine's integer arithmetic cannot represent at the widest widths the search may choose (where
 * accumulators are largest).
 */
final class ModelCheck {

    private ModelCheck() {
    }

    /** @param prepared the model as LiteEngine quantizes it ({@code Quantizer.prepare}) */
    static void require(QuantizeRequest request, JobInputs inputs, Network prepared) {
        Path model = request.model();
        Network network = inputs.network();
        if (QuantizableLayer.of(prepared).isEmpty()) {
            throw new SearchException("Model " + model + " has no conv, depthwise conv or dense layer, so there are"
                    + " no bit widths to search; quantize a model with such layers.");
        }
        QuantizationSpec widest = widest(request);
        try {
            LsqTrainer.create(network, widest, inputs.data().training(), LsqOptions.defaults());
            Quantizer.quantize(network, widest, inputs.calibrationSamples());
        } catch (LsqException | QuantizationException e) {
            throw new SearchException("Model " + model + " cannot be quantized by the search and LiteEngine: "
                    + e.getMessage(), e);
        }
    }

    /** Every layer at the widest widths the search may give any layer, locked first and last layers included. */
    private static QuantizationSpec widest(QuantizeRequest request) {
        int max = request.bitRange().max();
        int weights = request.firstLastBits().map(bits -> Math.max(max, bits.weightBits())).orElse(max);
        int activations = request.firstLastBits().map(bits -> Math.max(max, bits.activationBits())).orElse(max);
        return QuantizationSpec.uniform(weights, activations);
    }
}
