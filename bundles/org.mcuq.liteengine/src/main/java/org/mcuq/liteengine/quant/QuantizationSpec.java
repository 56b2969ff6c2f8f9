package org.mcuq.liteengine.quant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What to quantize to: bit widths per layer with weights (conv, depthwise conv, dense, and a batch-norm that could
 * not be folded), optionally learned step sizes, and how to calibrate the steps that are not given. Immutable;
 * the {@code with...} methods return modified copies.
 * <p>
 * Layer names refer to the network after batch-norm folding and activation fusion, which keep the names of the
 * conv/depthwise/dense layers. A layer's activation bits and activation step are those of its output tensor. Layers
 * without weights get their output bits from their inputs (the widest input for an add); the network input gets
 * the activation bits of the first layer with weights. Activation steps may be given for the input layer, layers
 * with weights, adds and stand-alone ReLU/ReLU6 layers; the other layers keep their input's step.
 */
public final class QuantizationSpec {

    private final LayerBits defaultBits;
    private final Map<String, LayerBits> layerBits;
    private final Map<String, float[]> weightSteps;
    private final Map<String, Float> activationSteps;
    private final CalibrationMethod calibration;
    private final Boolean inputSigned;

    private QuantizationSpec(LayerBits defaultBits, Map<String, LayerBits> layerBits,
            Map<String, float[]> weightSteps, Map<String, Float> activationSteps, CalibrationMethod calibration,
            Boolean inputSigned) {
        this.defaultBits = defaultBits;
        this.layerBits = Collections.unmodifiableMap(layerBits);
        this.weightSteps = Collections.unmodifiableMap(weightSteps);
        this.activationSteps = Collections.unmodifiableMap(activationSteps);
        this.calibration = calibration;
        this.inputSigned = inputSigned;
    }

    /** The same bits for every layer with weights, MSE calibration. */
    public static QuantizationSpec uniform(int weightBits, int activationBits) {
        return new QuantizationSpec(new LayerBits(weightBits, activationBits), Map.of(), Map.of(), Map.of(),
                CalibrationMethod.MSE, null);
    }

    /** Bits given layer by layer; every layer with weights must appear in {@code bits}. MSE calibration. */
    public static QuantizationSpec perLayer(Map<String, LayerBits> bits) {
        QuantizationSpec spec = new QuantizationSpec(null, Map.of(), Map.of(), Map.of(), CalibrationMethod.MSE,
                null);
        for (Map.Entry<String, LayerBits> e : bits.entrySet()) {
            spec = spec.withLayerBits(e.getKey(), e.getValue());
        }
        return spec;
    }

    /** A copy in which {@code layer} (a layer with weights) uses {@code bits}. */
    public QuantizationSpec withLayerBits(String layer, LayerBits bits) {
        requireName(layer);
        if (bits == null) {
            throw new IllegalArgumentException("Bits for layer '" + layer + "' are missing (null).");
        }
        Map<String, LayerBits> copy = new LinkedHashMap<>(layerBits);
        copy.put(layer, bits);
        return new QuantizationSpec(defaultBits, copy, weightSteps, activationSteps, calibration, inputSigned);
    }

    /** A copy with learned per-output-channel weight steps (positive, one per output channel) for {@code layer}. */
    public QuantizationSpec withWeightSteps(String layer, float[] perChannelSteps) {
        requireName(layer);
        if (perChannelSteps == null || perChannelSteps.length == 0) {
            throw new IllegalArgumentException("Weight steps for layer '" + layer + "' are missing or empty.");
        }
        for (int c = 0; c < perChannelSteps.length; c++) {
            requireStep(layer, "weight step of channel " + c, perChannelSteps[c]);
        }
        Map<String, float[]> copy = new LinkedHashMap<>(weightSteps);
        copy.put(layer, perChannelSteps.clone());
        return new QuantizationSpec(defaultBits, layerBits, copy, activationSteps, calibration, inputSigned);
    }

    /** A copy with a learned step for the output tensor of {@code layer} (the input layer for the input). */
    public QuantizationSpec withActivationStep(String layer, float step) {
        requireName(layer);
        requireStep(layer, "activation step", step);
        Map<String, Float> copy = new LinkedHashMap<>(activationSteps);
        copy.put(layer, step);
        return new QuantizationSpec(defaultBits, layerBits, weightSteps, copy, calibration, inputSigned);
    }

    /** A copy that calibrates missing steps with {@code method}. */
    public QuantizationSpec withCalibration(CalibrationMethod method) {
        if (method == null) {
            throw new IllegalArgumentException("The calibration method is missing (null).");
        }
        return new QuantizationSpec(defaultBits, layerBits, weightSteps, activationSteps, method, inputSigned);
    }

    /**
     * A copy that fixes the signedness of the network input; otherwise it is unsigned exactly when no calibration
     * input has a negative value. Needed when no calibration inputs are given.
     */
    public QuantizationSpec withInputSigned(boolean signed) {
        return new QuantizationSpec(defaultBits, layerBits, weightSteps, activationSteps, calibration, signed);
    }

    /** Bits of {@code layer}: its own entry, else the uniform default, else empty. */
    public Optional<LayerBits> bitsOf(String layer) {
        return Optional.ofNullable(layerBits.getOrDefault(layer, defaultBits));
    }

    /** The bits used for layers without an entry of their own, if any. */
    public Optional<LayerBits> defaultBits() {
        return Optional.ofNullable(defaultBits);
    }

    /** Layers given bits of their own. */
    public Map<String, LayerBits> layerBits() {
        return layerBits;
    }

    /** Learned weight steps of {@code layer}, if given (a copy). */
    public Optional<float[]> weightSteps(String layer) {
        return Optional.ofNullable(weightSteps.get(layer)).map(float[]::clone);
    }

    /** Layers with learned weight steps. */
    public Set<String> layersWithWeightSteps() {
        return weightSteps.keySet();
    }

    /** Learned step of the output tensor of {@code layer}, if given. */
    public OptionalDouble activationStep(String layer) {
        Float step = activationSteps.get(layer);
        return step == null ? OptionalDouble.empty() : OptionalDouble.of(step);
    }

    /** Layers with a learned activation step. */
    public Set<String> layersWithActivationSteps() {
        return activationSteps.keySet();
    }

    public CalibrationMethod calibration() {
        return calibration;
    }

    /** The declared signedness of the network input, if declared. */
    public Optional<Boolean> inputSigned() {
        return Optional.ofNullable(inputSigned);
    }

    private static void requireName(String layer) {
        if (layer == null || layer.isBlank()) {
            throw new IllegalArgumentException("A quantization spec entry needs a layer name.");
        }
    }

    private static void requireStep(String layer, String what, float step) {
        if (!(step > 0f) || Float.isInfinite(step)) {
            throw new IllegalArgumentException("Layer '" + layer + "': the " + what
                    + " must be a positive, finite number but is " + step + ".");
        }
    }

    @Override
    public String toString() {
        return "QuantizationSpec[default " + defaultBits + ", layers " + layerBits + ", " + weightSteps.size()
                + " learned weight steps, " + activationSteps.size() + " learned activation steps, " + calibration
                + "]";
    }
}
