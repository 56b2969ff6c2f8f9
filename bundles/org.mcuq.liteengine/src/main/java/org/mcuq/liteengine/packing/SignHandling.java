package org.mcuq.liteengine.packing;

/** How signed weights (and signed activations) are put into packed fields. */
public enum SignHandling {
    /**
     * Operands are offset to unsigned codes; the zero-point terms are subtracted after extraction (the weight
     * code sum per output channel is computed offline, the activation code sum once per pixel).
     */
    OFFSET("offset + zero-point correction"),
    /**
     * Fields hold the signed values; the accumulator starts at the rounding bias 2^(h-1) and the result field is
     * sign-extended after the shift, which is exact while every field stays within [-2^(S-1), 2^(S-1)).
     */
    SIGNED_FIELDS("signed fields, rounding shift");

    private final String label;

    SignHandling(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
