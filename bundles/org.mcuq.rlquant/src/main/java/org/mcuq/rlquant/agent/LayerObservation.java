package org.mcuq.rlquant.agent;

import java.util.Arrays;

/**
 * What the agent sees before step {@code step} of an episode: which layer and which kind of bits it chooses, and the
 * normalised feature vector (see {@link ObservationFeature} for its order).
 */
public record LayerObservation(int step, String layerName, StepKind kind, double[] features) {

    public LayerObservation {
        if (layerName == null || kind == null) {
            throw new IllegalArgumentException("An observation needs a layer name and a step kind.");
        }
        if (features == null || features.length != ObservationFeature.COUNT) {
            throw new IllegalArgumentException("An observation has " + ObservationFeature.COUNT + " features, got "
                    + (features == null ? "none" : features.length) + ".");
        }
        features = features.clone();
    }

    /** A copy of the feature vector. */
    @Override
    public double[] features() {
        return features.clone();
    }

    public double value(ObservationFeature feature) {
        return features[feature.ordinal()];
    }

    /** The same observation with another previous action (in [0, 1]). */
    public LayerObservation withPreviousAction(double action) {
        double[] changed = features.clone();
        changed[ObservationFeature.PREVIOUS_ACTION.ordinal()] = action;
        return new LayerObservation(step, layerName, kind, changed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LayerObservation o && step == o.step && layerName.equals(o.layerName)
                && kind == o.kind && Arrays.equals(features, o.features);
    }

    @Override
    public int hashCode() {
        return (31 * step + layerName.hashCode()) * 31 + Arrays.hashCode(features);
    }

    @Override
    public String toString() {
        return "step " + step + " (" + layerName + " " + kind.name().toLowerCase() + " bits) "
                + Arrays.toString(features);
    }
}
