package org.mcuq.liteengine.quant;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.transform.ActivationFusion;
import org.mcuq.ir.transform.BatchNormFolding;
import org.mcuq.liteengine.quant.internal.ActivationCalibrator;
import org.mcuq.liteengine.quant.internal.LayerQuantizer;
import org.mcuq.liteengine.quant.internal.LayerRoles;
import org.mcuq.liteengine.quant.internal.MagnitudeSample;
import org.mcuq.liteengine.quant.internal.SpecCheck;
import org.mcuq.liteengine.quant.internal.TensorPlan;
import org.mcuq.liteengine.quant.internal.TensorPlanner;
import org.mcuq.liteengine.quant.internal.TensorSteps;

/**
 * Turns a float {@link Network} into a {@link QuantizedNetwork}: prepares it (folds batch-norms, fuses ReLU/ReLU6),
 * chooses every tensor's bits and signedness, takes learned steps from the spec and calibrates the others on float
 * activations of the calibration inputs, then computes integer weights, biases and requantization constants.
 */
public final class Quantizer {

    private Quantizer() {
    }

    /** The network the quantizer actually quantizes: batch-norms folded, then activations fused. */
    public static Network prepare(Network network) {
        return ActivationFusion.fuse(BatchNormFolding.fold(network));
    }

    /**
     * @param calibrationInputs float inputs (NHWC) used to calibrate steps the spec does not give and, unless the
     *                          spec declares it, the signedness of the input; may be empty only if every step
     *                          is given
     * @throws QuantizationException if the spec does not fit the network or a constant is not representable
     */
    public static QuantizedNetwork quantize(Network network, QuantizationSpec spec,
            List<float[]> calibrationInputs) {
        Network prepared = prepare(network);
        SpecCheck.check(prepared, spec);
        Map<String, TensorPlan> plans = TensorPlanner.plan(prepared, spec, inputSigned(spec, calibrationInputs));
        Set<String> uncalibrated = layersToCalibrate(prepared, spec);
        requireCalibrationInputs(uncalibrated, calibrationInputs);
        Map<String, MagnitudeSample> samples = uncalibrated.isEmpty() ? Map.of()
                : ActivationCalibrator.sample(prepared, uncalibrated, calibrationInputs);
        Map<String, TensorQuantization> formats = TensorSteps.assign(prepared, plans, spec, samples);
        List<QuantizedLayer> layers = prepared.layers().stream()
                .map(l -> LayerQuantizer.quantize(l, formats, spec)).toList();
        return new QuantizedNetwork(prepared, layers);
    }

    private static boolean inputSigned(QuantizationSpec spec, List<float[]> calibrationInputs) {
        if (spec.inputSigned().isPresent()) {
            return spec.inputSigned().get();
        }
        if (calibrationInputs.isEmpty()) {
            throw new QuantizationException("Without calibration inputs the signedness of the network input is"
                    + " unknown; declare it with QuantizationSpec.withInputSigned(...) or pass calibration inputs.");
        }
        return calibrationInputs.stream().anyMatch(Quantizer::hasNegative);
    }

    private static boolean hasNegative(float[] values) {
        for (float v : values) {
            if (v < 0f) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> layersToCalibrate(Network network, QuantizationSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        for (Layer layer : network.layers()) {
            if (LayerRoles.ownsStep(layer) && spec.activationStep(layer.name()).isEmpty()) {
                names.add(layer.name());
            }
        }
        return names;
    }

    private static void requireCalibrationInputs(Set<String> uncalibrated, List<float[]> inputs) {
        if (!uncalibrated.isEmpty() && inputs.isEmpty()) {
            throw new QuantizationException("No calibration inputs were given, but the spec has no activation step"
                    + " for " + uncalibrated + "; pass sample inputs or give those steps.");
        }
    }
}
