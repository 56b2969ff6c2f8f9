package org.mcuq.liteengine.cost.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sparse vector of cost features: how many times each piece of kernel code runs (or, for code size, is
 * emitted). A feature named {@code base@a.b} counts towards the keys {@code base}, {@code base@a} and
 * {@code base@a.b}: its coefficient is the sum of theirs, so a variant the calibration saw rarely falls back to
 * the coefficients of its coarser levels.
 */
public final class Features {

    /** Separates a feature's base name from its variant tag. */
    public static final char VARIANT = '@';

    private final Map<String, Double> counts = new LinkedHashMap<>();

    /** Adds {@code count} to feature {@code base} in variant {@code variant} (dot-separated, coarse first). */
    public Features add(String base, String variant, double count) {
        if (count == 0) {
            return this;
        }
        counts.merge(base, count, Double::sum);
        if (variant.isEmpty()) {
            return this;
        }
        int from = 0;
        while (from <= variant.length()) {
            int dot = variant.indexOf('.', from);
            int end = dot < 0 ? variant.length() : dot;
            counts.merge(base + VARIANT + variant.substring(0, end), count, Double::sum);
            from = end + 1;
        }
        return this;
    }

    public Features add(String base, double count) {
        return add(base, "", count);
    }

    /** Every key with its count, including the coarser levels of each variant. */
    public Map<String, Double> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Level of a key: 0 for a base name, else one more than the dots of its variant. */
    public static int level(String key) {
        int at = key.indexOf(VARIANT);
        if (at < 0) {
            return 0;
        }
        return 1 + (int) key.substring(at + 1).chars().filter(c -> c == '.').count();
    }
}
