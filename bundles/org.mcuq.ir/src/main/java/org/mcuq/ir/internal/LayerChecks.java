package org.mcuq.ir.internal;

import java.util.List;
import java.util.Objects;

import org.mcuq.ir.NetworkValidationException;

/** Argument checks shared by the layer records; every failure names the layer. */
public final class LayerChecks {

    private LayerChecks() {
    }

    public static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new NetworkValidationException("A layer has no name; give every layer a unique, non-empty name.");
        }
    }

    public static <T> T requireNonNull(String layer, T value, String what) {
        if (value == null) {
            throw new NetworkValidationException(layer, what + " is missing (null); supply a value.");
        }
        return value;
    }

    public static void requirePositive(String layer, String what, int... values) {
        for (int v : values) {
            if (v <= 0) {
                throw new NetworkValidationException(layer, what + " must be positive but is " + v
                        + "; use a value of at least 1.");
            }
        }
    }

    public static void requireNonNegative(String layer, String what, int... values) {
        for (int v : values) {
            if (v < 0) {
                throw new NetworkValidationException(layer, what + " must not be negative but is " + v + ".");
            }
        }
    }

    public static void requireLength(String layer, float[] array, String what, int expected, String because) {
        requireNonNull(layer, array, what);
        if (array.length != expected) {
            throw new NetworkValidationException(layer, what + " has " + array.length + " values but " + because
                    + " requires " + expected + "; check the exported weights or the layer's configuration.");
        }
    }

    public static void requireCount(String layer, List<String> inputs, int expected) {
        requireNonNull(layer, inputs, "input list");
        if (inputs.size() != expected) {
            throw new NetworkValidationException(layer, "takes " + expected + " input(s) but " + inputs.size()
                    + " were given.");
        }
        inputs.forEach(i -> requireNonNull(layer, i, "input name"));
    }

    /** Returns {@code bias}, or zeros of length {@code n} if it is null (layer without bias). */
    public static float[] biasOrZeros(float[] bias, int n) {
        return Objects.requireNonNullElseGet(bias, () -> new float[n]);
    }
}
