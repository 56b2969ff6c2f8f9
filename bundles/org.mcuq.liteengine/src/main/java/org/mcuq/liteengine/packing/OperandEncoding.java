package org.mcuq.liteengine.packing;

/**
 * Operand value ranges and the values a plan puts into packed fields.
 *
 * <p>Weights of b >= 2 bits take the full two's-complement range -2^(b-1) .. 2^(b-1)-1. A symmetric quantizer
 * never emits -2^(b-1), but accepting it costs little and keeps the proofs valid for any quantizer; it is also
 * what makes the offset codes span exactly 0 .. 2^b-1, the range of the brief's feasibility table. 1-bit weights
 * are binary {-1, +1} (what binary networks mean by 1 bit); 0 is not a 1-bit weight.
 *
 * <p>Under {@link SignHandling#OFFSET} a weight w is stored as the code u = (w + zw) / s (s = 2, zw = 1 for
 * binary weights; s = 1, zw = 2^(b-1) otherwise) and an activation a as a' = a + za (za = 2^(b-1) for signed
 * activations, else 0). Then sum(w a) = s sum(u a') - s za sum(u) - zw sum(a') + K zw za.
 * Under {@link SignHandling#SIGNED_FIELDS} fields hold the values themselves (s = 1, zw = za = 0).
 */
public record OperandEncoding(int weightBits, int activationBits, ActivationType activationType,
        SignHandling signHandling) {

    public OperandEncoding {
        PlanChecks.requireBits("weight", weightBits);
        PlanChecks.requireBits("activation", activationBits);
        PlanChecks.requireNonNull(activationType, "activation type");
        PlanChecks.requireNonNull(signHandling, "sign handling");
    }

    public int minWeight() {
        return weightBits == 1 ? -1 : -(1 << (weightBits - 1));
    }

    public int maxWeight() {
        return weightBits == 1 ? 1 : (1 << (weightBits - 1)) - 1;
    }

    public boolean acceptsWeight(int w) {
        return w >= minWeight() && w <= maxWeight() && !(weightBits == 1 && w == 0);
    }

    public int minActivation() {
        return activationType == ActivationType.SIGNED ? -(1 << (activationBits - 1)) : 0;
    }

    public int maxActivation() {
        return activationType == ActivationType.SIGNED ? (1 << (activationBits - 1)) - 1 : (1 << activationBits) - 1;
    }

    public boolean acceptsActivation(int a) {
        return a >= minActivation() && a <= maxActivation();
    }

    /** The multiplier s of the weight codes: 2 for binary weights stored as {0, 1}, otherwise 1. */
    public int weightScale() {
        return offset() && weightBits == 1 ? 2 : 1;
    }

    public int weightZeroPoint() {
        if (!offset()) {
            return 0;
        }
        return weightBits == 1 ? 1 : 1 << (weightBits - 1);
    }

    public int activationZeroPoint() {
        return offset() && activationType == ActivationType.SIGNED ? 1 << (activationBits - 1) : 0;
    }

    /** The value stored in a packed field for weight {@code w}. */
    public int weightField(int w) {
        return (w + weightZeroPoint()) / weightScale();
    }

    /** The value stored in a packed field for activation {@code a}. */
    public int activationField(int a) {
        return a + activationZeroPoint();
    }

    public long minFieldProduct() {
        return Math.min(Math.min(corner(true, true), corner(true, false)),
                Math.min(corner(false, true), corner(false, false)));
    }

    public long maxFieldProduct() {
        return Math.max(Math.max(corner(true, true), corner(true, false)),
                Math.max(corner(false, true), corner(false, false)));
    }

    /**
     * Turns the dot product of the fields into the dot product of the values, in the 32-bit wrapping arithmetic
     * of the generated C: s*fieldDot - s*za*weightFieldSum - zw*activationFieldSum + length*zw*za.
     */
    public int correct(int fieldDot, int weightFieldSum, int activationFieldSum, int length) {
        int s = weightScale();
        int zw = weightZeroPoint();
        int za = activationZeroPoint();
        return s * fieldDot - s * za * weightFieldSum - zw * activationFieldSum + length * zw * za;
    }

    /** The longest dot product whose exact value always fits the engine's 32-bit accumulator. */
    public long maxDotProductLength() {
        long most = Math.max(Math.abs((long) minWeight() * maxActivation()),
                Math.abs((long) maxWeight() * maxActivation()));
        most = Math.max(most, Math.abs((long) minWeight() * minActivation()));
        most = Math.max(most, Math.abs((long) maxWeight() * minActivation()));
        return Integer.MAX_VALUE / most;
    }

    private boolean offset() {
        return signHandling == SignHandling.OFFSET;
    }

    private long corner(boolean minW, boolean minA) {
        long w = weightField(minW ? minWeight() : maxWeight());
        long a = activationField(minA ? minActivation() : maxActivation());
        return w * a;
    }
}
