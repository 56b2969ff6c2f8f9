package org.mcuq.liteengine.quant.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.CalibrationMethod;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * Completes the tensor plans with steps: a step-owning layer takes its learned step, else one calibrated from its
 * sample (the tensor feeding the network output with {@link CalibrationMethod#MAX}); other layers their input's.
 */
public final class TensorSteps {

    private TensorSteps() {
    }

    public static Map<String, TensorQuantization> assign(Network network, Map<String, TensorPlan> plans,
            QuantizationSpec spec, Map<String, MagnitudeSample> samples) {
        String outputOwner = LayerRoles.outputStepOwner(network);
        Map<String, TensorQuantization> formats = new LinkedHashMap<>();
        for (Layer layer : network.layers()) {
            String name = layer.name();
            TensorPlan plan = plans.get(name);
            float step;
            if (!LayerRoles.ownsStep(layer)) {
                step = formats.get(layer.inputs().get(0)).step();
            } else if (spec.activationStep(name).isPresent()) {
                step = (float) spec.activationStep(name).getAsDouble();
            } else {
                CalibrationMethod method = name.equals(outputOwner) ? CalibrationMethod.MAX : spec.calibration();
                step = calibratedStep(samples.get(name), plan.positiveLevels(), method);
            }
            formats.put(name, new TensorQuantization(plan.bits(), plan.signed(), step));
        }
        return formats;
    }

    /** Threshold over levels; a tensor that was always zero gets step {@code 1 / levels}. */
    static float calibratedStep(MagnitudeSample sample, int levels, CalibrationMethod method) {
        double clip = ClipSearch.threshold(sample.values(), sample.maxAbs(), levels, method);
        float step = (float) (clip / levels);
        return step > 0f ? step : 1f / levels;
    }
}
