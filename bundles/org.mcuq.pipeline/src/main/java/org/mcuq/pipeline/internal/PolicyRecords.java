package org.mcuq.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mcuq.liteengine.quant.QuantizedInput;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedPassThrough;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.pipeline.PolicyMismatchException;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyFactory;
import org.mcuq.policy.QuantizationPolicy;

/**
 * Policy entries that record a quantized network exactly, and the check that a network matches such a record.
 * Every layer that owns a step gets an entry in network order: the output bits and step; for layers with weights
 * also the weight bits and per-channel weight steps; for the input its signedness in the op
 * ({@link PolicyOps#input}). The weightBits of entries without weights keep the default and mean nothing. Layers
 * that keep their input's quantization (pooling, padding, flatten, reshape, softmax) need no entry.
 */
public final class PolicyRecords {

    private PolicyRecords() {
    }

    public static List<LayerPolicy> entries(QuantizedNetwork network) {
        List<LayerPolicy> entries = new ArrayList<>();
        for (QuantizedLayer layer : network.layers()) {
            entry(layer).ifPresent(entries::add);
        }
        return entries;
    }

    /**
     * @throws PolicyMismatchException if an entry's bits, step or input signedness differ from the network's, e.g.
     *                                 an entry that gives an add other bits than it derives from its inputs
     */
    public static void verify(QuantizationPolicy policy, QuantizedNetwork network, String what) {
        List<String> problems = new ArrayList<>();
        for (LayerPolicy entry : policy.getLayers()) {
            TensorQuantization actual = network.tensor(entry.getLayerName());
            String recorded = describe(entry.getActivationBits(), PolicyOps.inputSigned(entry.getOp()),
                    entry.getActivationStep());
            String quantized = describe(actual.bits(), PolicyOps.inputSigned(entry.getOp()).map(s -> actual.signed()),
                    entry.getActivationStep() > 0f ? actual.step() : 0f);
            if (!recorded.equals(quantized)) {
                problems.add("Layer '" + entry.getLayerName() + "' is recorded as " + recorded + " but quantizes to "
                        + quantized + " (layers without weights take their bits from their inputs).");
            }
        }
        if (!problems.isEmpty()) {
            throw new PolicyMismatchException(what, problems);
        }
    }

    private static String describe(int bits, Optional<Boolean> signed, float step) {
        String sign = signed.map(s -> s ? "signed " : "unsigned ").orElse("");
        return sign + bits + "-bit" + (step > 0f ? " with step " + step : "");
    }

    private static Optional<LayerPolicy> entry(QuantizedLayer layer) {
        LayerPolicy entry = PolicyFactory.eINSTANCE.createLayerPolicy();
        entry.setLayerName(layer.name());
        entry.setOp(layer.source().op().name());
        entry.setActivationBits(layer.output().bits());
        entry.setActivationStep(layer.output().step());
        switch (layer) {
            case QuantizedInput input -> entry.setOp(PolicyOps.input(input.output().signed()));
            case QuantizedWeightedLayer weighted -> {
                entry.setWeightBits(weighted.weightBits());
                for (float step : weighted.weightSteps()) {
                    entry.getWeightSteps().add(step);
                }
            }
            case QuantizedScaledSum sum -> { }
            case QuantizedPassThrough passThrough -> {
                return Optional.empty();
            }
        }
        return Optional.of(entry);
    }
}
