package org.mcuq.rlquant.agent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.mcuq.ir.Network;

/**
 * The episode structure the agent walks: two steps per quantizable layer (weight bits, then activation bits), each
 * observed as the layer's normalised static features plus the previous action and the step flag.
 */
public final class ObservationSpace {

    private static final int STATIC_FEATURES = ObservationFeature.PREVIOUS_ACTION.ordinal();

    private final List<QuantizableLayer> layers;
    private final double[][] normalised;

    /** The space of {@code layers}, which must be non-empty with unique names, in execution order. */
    public ObservationSpace(List<QuantizableLayer> layers) {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("The agent needs at least one quantizable layer (conv, depthwise "
                    + "conv or dense); none was given.");
        }
        this.layers = List.copyOf(layers);
        requireUniqueNames(this.layers);
        this.normalised = new double[this.layers.size()][STATIC_FEATURES];
        for (int f = 0; f < STATIC_FEATURES; f++) {
            normaliseColumn(f, staticFeature(ObservationFeature.values()[f]));
        }
    }

    /** The space of the conv, depthwise conv and dense layers of {@code network}. */
    public static ObservationSpace of(Network network) {
        List<QuantizableLayer> layers = QuantizableLayer.of(network);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("Network '" + network.name() + "' has no conv, depthwise conv or "
                    + "dense layer whose bit widths could be searched.");
        }
        return new ObservationSpace(layers);
    }

    public List<QuantizableLayer> layers() {
        return layers;
    }

    /** Steps per episode: two per layer. */
    public int steps() {
        return 2 * layers.size();
    }

    public QuantizableLayer layerAt(int step) {
        requireStep(step);
        return layers.get(step / 2);
    }

    public StepKind kindAt(int step) {
        requireStep(step);
        return step % 2 == 0 ? StepKind.WEIGHT : StepKind.ACTIVATION;
    }

    /** The observation before {@code step}, given the action taken at the step before (0 at the first step). */
    public LayerObservation observe(int step, double previousAction) {
        requireStep(step);
        if (!(previousAction >= 0 && previousAction <= 1)) {
            throw new IllegalArgumentException("The previous action must lie in [0, 1], got " + previousAction + ".");
        }
        double[] features = new double[ObservationFeature.COUNT];
        System.arraycopy(normalised[step / 2], 0, features, 0, STATIC_FEATURES);
        features[ObservationFeature.PREVIOUS_ACTION.ordinal()] = previousAction;
        features[ObservationFeature.ACTIVATION_STEP.ordinal()] = kindAt(step) == StepKind.ACTIVATION ? 1 : 0;
        return new LayerObservation(step, layerAt(step).name(), kindAt(step), features);
    }

    private void normaliseColumn(int column, ToDoubleFunction<QuantizableLayer> raw) {
        double min = layers.stream().mapToDouble(raw).min().orElseThrow();
        double max = layers.stream().mapToDouble(raw).max().orElseThrow();
        for (int i = 0; i < layers.size(); i++) {
            normalised[i][column] = max > min ? (raw.applyAsDouble(layers.get(i)) - min) / (max - min) : 0;
        }
    }

    private ToDoubleFunction<QuantizableLayer> staticFeature(ObservationFeature feature) {
        return switch (feature) {
            case DEPTHWISE -> l -> l.depthwise() ? 1 : 0;
            case IN_CHANNELS -> QuantizableLayer::inChannels;
            case OUT_CHANNELS -> QuantizableLayer::outChannels;
            case STRIDE -> QuantizableLayer::stride;
            case KERNEL_SIZE -> QuantizableLayer::kernelSize;
            case WEIGHT_COUNT -> QuantizableLayer::weightCount;
            case INPUT_AREA -> QuantizableLayer::inputArea;
            case LAYER_INDEX -> QuantizableLayer::index;
            default -> throw new IllegalStateException(feature + " is not a static feature");
        };
    }

    private void requireStep(int step) {
        if (step < 0 || step >= steps()) {
            throw new IndexOutOfBoundsException("Step " + step + " is outside the episode's 0.." + (steps() - 1) + ".");
        }
    }

    private static void requireUniqueNames(List<QuantizableLayer> layers) {
        Set<String> seen = new HashSet<>();
        for (QuantizableLayer layer : layers) {
            if (!seen.add(layer.name())) {
                throw new IllegalArgumentException("Two quantizable layers are called '" + layer.name() + "'.");
            }
        }
    }
}
