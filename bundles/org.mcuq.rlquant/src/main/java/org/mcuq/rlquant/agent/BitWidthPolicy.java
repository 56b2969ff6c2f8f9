package org.mcuq.rlquant.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.mcuq.liteengine.quant.LayerBits;

/**
 * Weight and activation bit widths for each quantizable layer, in layer order. Immutable; {@link #asMap()} feeds
 * {@code QuantizationSpec.perLayer}.
 */
public final class BitWidthPolicy {

    private final Map<String, LayerBits> bits;

    private BitWidthPolicy(Map<String, LayerBits> bits) {
        this.bits = Collections.unmodifiableMap(bits);
    }

    /** A policy with {@code bits} in the map's iteration order. */
    public static BitWidthPolicy of(Map<String, LayerBits> bits) {
        if (bits == null || bits.isEmpty()) {
            throw new IllegalArgumentException("A bit-width policy needs at least one layer.");
        }
        bits.forEach((name, b) -> {
            if (name == null || b == null) {
                throw new IllegalArgumentException("A bit-width policy maps layer names to bit widths; got " + name
                        + " -> " + b + ".");
            }
        });
        return new BitWidthPolicy(new LinkedHashMap<>(bits));
    }

    /** Layer names in order. */
    public List<String> layers() {
        return List.copyOf(bits.keySet());
    }

    public LayerBits bits(String layer) {
        LayerBits b = bits.get(layer);
        if (b == null) {
            throw new IllegalArgumentException("The policy has no layer '" + layer + "'; its layers are "
                    + bits.keySet() + ".");
        }
        return b;
    }

    /** A copy in which {@code layer} (already in the policy) uses {@code newBits}. */
    public BitWidthPolicy with(String layer, LayerBits newBits) {
        bits(layer);
        Map<String, LayerBits> copy = new LinkedHashMap<>(bits);
        copy.put(layer, newBits);
        return new BitWidthPolicy(copy);
    }

    /** An unmodifiable, ordered view. */
    public Map<String, LayerBits> asMap() {
        return bits;
    }

    /** Mean weight bits over the layers (unweighted). */
    public double meanWeightBits() {
        return bits.values().stream().mapToInt(LayerBits::weightBits).average().orElse(0);
    }

    /** Mean activation bits over the layers (unweighted). */
    public double meanActivationBits() {
        return bits.values().stream().mapToInt(LayerBits::activationBits).average().orElse(0);
    }

    /** Compact widths in layer order, e.g. {@code 8/8 4/3 2/4} (weight/activation). */
    public String summary() {
        return bits.values().stream().map(b -> b.weightBits() + "/" + b.activationBits())
                .collect(Collectors.joining(" "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BitWidthPolicy p && List.copyOf(bits.entrySet()).equals(List.copyOf(p.bits.entrySet()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(bits.entrySet()).hashCode();
    }

    /** For example {@code conv1 W8A8, conv2 W4A6}. */
    @Override
    public String toString() {
        return bits.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
