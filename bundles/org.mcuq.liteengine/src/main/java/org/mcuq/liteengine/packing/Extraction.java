package org.mcuq.liteengine.packing;

/** How the result field is taken out of the accumulator every T multiplies. */
public enum Extraction {
    /** Single-field plan (one operand per segment): the accumulator is the partial dot product. */
    NONE("none"),
    /** The upper fields fall off the top of the accumulator (mS >= W): one right shift. */
    SHIFT("shift"),
    /** Upper fields remain above the result field: right shift, then mask to S bits. */
    SHIFT_MASK("shift+mask");

    private final String label;

    Extraction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
