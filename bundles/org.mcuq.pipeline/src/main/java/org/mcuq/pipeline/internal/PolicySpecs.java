package org.mcuq.pipeline.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;

/**
 * Turns a checked policy into LiteEngine's {@link QuantizationSpec}: bits of the layers with weights, every weight
 * step and activation step the policy gives (an activation step of 0 and empty weight steps mean "calibrate"),
 * and the input's signedness when its op records it.
 */
public final class PolicySpecs {

    private PolicySpecs() {
    }

    public static QuantizationSpec toSpec(QuantizationPolicy policy, Network network) {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        for (LayerPolicy entry : policy.getLayers()) {
            if (LayerKinds.hasWeights(network.layer(entry.getLayerName()))) {
                bits.put(entry.getLayerName(), new LayerBits(entry.getWeightBits(), entry.getActivationBits()));
            }
        }
        QuantizationSpec spec = QuantizationSpec.perLayer(bits);
        for (LayerPolicy entry : policy.getLayers()) {
            spec = withSteps(spec, entry);
        }
        return spec;
    }

    /** Whether quantizing with {@code spec} needs sample inputs: a step or the input's signedness is missing. */
    public static boolean needsCalibration(QuantizationSpec spec, Network network) {
        boolean missingStep = network.layers().stream().filter(LayerKinds::ownsStep).map(Layer::name)
                .anyMatch(name -> spec.activationStep(name).isEmpty());
        return missingStep || spec.inputSigned().isEmpty();
    }

    private static QuantizationSpec withSteps(QuantizationSpec spec, LayerPolicy entry) {
        String name = entry.getLayerName();
        QuantizationSpec result = spec;
        List<Float> weightSteps = entry.getWeightSteps();
        if (!weightSteps.isEmpty()) {
            float[] steps = new float[weightSteps.size()];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = weightSteps.get(i);
            }
            result = result.withWeightSteps(name, steps);
        }
        if (entry.getActivationStep() > 0f) {
            result = result.withActivationStep(name, entry.getActivationStep());
        }
        var signed = PolicyOps.inputSigned(entry.getOp());
        return signed.isPresent() ? result.withInputSigned(signed.get()) : result;
    }
}
