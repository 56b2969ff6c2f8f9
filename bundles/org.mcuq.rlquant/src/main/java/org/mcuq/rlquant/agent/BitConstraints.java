package org.mcuq.rlquant.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.mcuq.liteengine.quant.LayerBits;

/**
 * Which bit widths the search may use: a range for weights, a range for activations, and layers whose widths are
 * locked (for instance the first and last layer pinned at 8 bits). A locked width may lie outside the ranges.
 * Immutable; the {@code with...} methods return modified copies.
 */
public final class BitConstraints {

    private final BitRange weightRange;
    private final BitRange activationRange;
    private final Map<String, LayerBits> locked;

    private BitConstraints(BitRange weightRange, BitRange activationRange, Map<String, LayerBits> locked) {
        this.weightRange = weightRange;
        this.activationRange = activationRange;
        this.locked = Collections.unmodifiableMap(locked);
    }

    /** 1..8 bits for weights and activations, nothing locked. */
    public static BitConstraints defaults() {
        return new BitConstraints(BitRange.DEFAULT, BitRange.DEFAULT, Map.of());
    }

    public BitConstraints withWeightRange(BitRange range) {
        return new BitConstraints(requireRange(range), activationRange, locked);
    }

    public BitConstraints withActivationRange(BitRange range) {
        return new BitConstraints(weightRange, requireRange(range), locked);
    }

    /** A copy in which {@code layer} always uses {@code bits}. */
    public BitConstraints withLocked(String layer, LayerBits bits) {
        if (layer == null || bits == null) {
            throw new IllegalArgumentException("Locking a layer needs its name and its bit widths.");
        }
        Map<String, LayerBits> copy = new LinkedHashMap<>(locked);
        copy.put(layer, bits);
        return new BitConstraints(weightRange, activationRange, copy);
    }

    /** A copy in which the first and the last layer of {@code space} always use {@code bits}. */
    public BitConstraints withFirstAndLastPinned(ObservationSpace space, LayerBits bits) {
        var layers = space.layers();
        return withLocked(layers.get(0).name(), bits).withLocked(layers.get(layers.size() - 1).name(), bits);
    }

    public BitRange range(StepKind kind) {
        return kind == StepKind.WEIGHT ? weightRange : activationRange;
    }

    public BitRange weightRange() {
        return weightRange;
    }

    public BitRange activationRange() {
        return activationRange;
    }

    /** The locked widths of {@code layer}, if it is locked. */
    public Optional<LayerBits> locked(String layer) {
        return Optional.ofNullable(locked.get(layer));
    }

    public Map<String, LayerBits> lockedLayers() {
        return locked;
    }

    /** The narrowest widths {@code layer} may get: its locked widths, or the minimum of each range. */
    public LayerBits minimum(String layer) {
        return locked(layer).orElse(new LayerBits(weightRange.min(), activationRange.min()));
    }

    /** Checks that every locked layer is one of {@code space}'s layers. */
    public void requireLayersOf(ObservationSpace space) {
        for (String name : locked.keySet()) {
            if (space.layers().stream().noneMatch(l -> l.name().equals(name))) {
                throw new IllegalArgumentException("Layer '" + name + "' is locked but is not a quantizable layer of "
                        + "the search; quantizable layers: " + space.layers().stream().map(QuantizableLayer::name)
                        .toList() + ".");
            }
        }
    }

    private static BitRange requireRange(BitRange range) {
        if (range == null) {
            throw new IllegalArgumentException("A bit range is required.");
        }
        return range;
    }

    @Override
    public String toString() {
        return "weights " + weightRange + ", activations " + activationRange + ", locked " + locked;
    }
}
