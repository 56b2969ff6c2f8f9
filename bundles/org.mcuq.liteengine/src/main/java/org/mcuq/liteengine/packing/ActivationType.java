package org.mcuq.liteengine.packing;

/** Value range of b-bit activations. */
public enum ActivationType {
    /** 0 .. 2^b - 1, e.g. after ReLU or asymmetric quantization with the zero point folded in. */
    UNSIGNED("unsigned"),
    /** -2^(b-1) .. 2^(b-1) - 1, two's complement. */
    SIGNED("signed");

    private final String label;

    ActivationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
