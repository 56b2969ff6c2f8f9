package org.mcuq.liteengine.cost.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.CalibrationMethod;
import org.mcuq.liteengine.quant.internal.ActivationCalibrator;
import org.mcuq.liteengine.quant.internal.ClipSearch;
import org.mcuq.liteengine.quant.internal.LayerRoles;
import org.mcuq.liteengine.quant.internal.MagnitudeSample;

/**
 * The step of every step-owning tensor at every bit width, as the quantizer would calibrate it: from magnitudes
 * sampled on calibration inputs exactly as the quantizer samples them (MSE, MAX for the tensor feeding the
 * output), or, without inputs, assuming every tensor's clipping threshold is 1.
 */
final class ActivationSteps {

    private final Map<String, float[]> steps = new HashMap<>();
    private final Map<String, Boolean> signed;

    private ActivationSteps(Map<String, Boolean> signed) {
        this.signed = signed;
    }

    /** @param signed signedness of each layer's output tensor, by name */
    static ActivationSteps of(Network prepared, Map<String, Boolean> signed, List<float[]> inputs) {
        ActivationSteps result = new ActivationSteps(signed);
        Set<String> owners = new LinkedHashSet<>();
        prepared.layers().stream().filter(LayerRoles::ownsStep).forEach(l -> owners.add(l.name()));
        Map<String, MagnitudeSample> samples = inputs.isEmpty() ? Map.of()
                : ActivationCalibrator.sample(prepared, owners, inputs);
        String outputOwner = LayerRoles.outputStepOwner(prepared);
        for (String owner : owners) {
            CalibrationMethod method = owner.equals(outputOwner) ? CalibrationMethod.MAX : CalibrationMethod.MSE;
            result.steps.put(owner, result.calibrate(samples.get(owner), signed.get(owner), method));
        }
        return result;
    }

    private float[] calibrate(MagnitudeSample sample, boolean isSigned, CalibrationMethod method) {
        float[] byBits = new float[9];
        for (int bits = 1; bits <= 8; bits++) {
            int levels = levels(bits, isSigned);
            double clip = sample == null ? 1 : ClipSearch.threshold(sample.values(), sample.maxAbs(), levels,
                    method);
            float step = (float) (clip / levels);
            byBits[bits] = step > 0f ? step : 1f / levels;
        }
        return byBits;
    }

    private static int levels(int bits, boolean isSigned) {
        return isSigned ? Math.max(1, (1 << (bits - 1)) - 1) : (1 << bits) - 1;
    }

    /** The step of the tensor {@code layer} reads or writes: that of its nearest step-owning producer. */
    float step(Network prepared, String layer, int bits) {
        Layer l = prepared.layer(layer);
        while (!steps.containsKey(l.name())) {
            l = prepared.layer(l.inputs().get(0));
        }
        return steps.get(l.name())[bits];
    }

    boolean signed(String layer) {
        return signed.get(layer);
    }
}
