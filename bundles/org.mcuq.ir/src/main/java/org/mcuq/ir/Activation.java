package org.mcuq.ir;

/** Activation fused into a {@link Conv2D}, {@link DepthwiseConv2D}, {@link Dense} or {@link Add}. */
public enum Activation {
    NONE, RELU, RELU6;

    /** Applies this activation to one value. */
    public float apply(float x) {
        return switch (this) {
            case NONE -> x;
            case RELU -> Math.max(x, 0f);
            case RELU6 -> Math.min(Math.max(x, 0f), 6f);
        };
    }

    /**
     * The single activation equivalent to applying {@code this} first and {@code then} afterwards. Exact because
     * ReLU is idempotent and ReLU6 after ReLU (or the other way round) is ReLU6.
     */
    public Activation followedBy(Activation then) {
        if (this == RELU6 || then == RELU6) {
            return RELU6;
        }
        return this == RELU || then == RELU ? RELU : NONE;
    }
}
