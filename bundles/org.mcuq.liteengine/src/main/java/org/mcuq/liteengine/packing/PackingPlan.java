package org.mcuq.liteengine.packing;

/**
 * How one layer's dot products are computed with packed operands: n operands per multiply at field spacing S,
 * the result field extracted every T multiplies. For SMLAD kinds the n operands are split evenly over the two
 * 16-bit halves and S is the spacing inside a half; single-field plans (n = 1, or SMLAD_UNPACKED) use the
 * segment width (32 or 16) as S and have no extraction.
 *
 * @param operandsPerMultiply n, the MACs one multiply instruction performs
 * @param fieldSpacing S, the distance in bits between packed fields
 * @param maxAccumulations T, the multiplies accumulated before the result field is extracted
 * @param activationType the activation range the proofs assume (weights are always signed)
 */
public record PackingPlan(int weightBits, int activationBits, Core core, MultiplyKind kind, int operandsPerMultiply,
        int fieldSpacing, int maxAccumulations, Extraction extraction, SignHandling signHandling,
        ActivationType activationType) {

    public PackingPlan {
        PlanChecks.requireBits("weight", weightBits);
        PlanChecks.requireBits("activation", activationBits);
        PlanChecks.requireNonNull(core, "core");
        PlanChecks.requireNonNull(kind, "multiply kind");
        PlanChecks.requireNonNull(extraction, "extraction");
        PlanChecks.requireNonNull(signHandling, "sign handling");
        PlanChecks.requireNonNull(activationType, "activation type");
        PlanChecks.requirePositive("operands per multiply", operandsPerMultiply);
        PlanChecks.requirePositive("field spacing", fieldSpacing);
        PlanChecks.requirePositive("max accumulations", maxAccumulations);
    }

    public int macsPerMultiply() {
        return operandsPerMultiply;
    }

    /** m, the operands packed into one segment (a 32-bit register, or one 16-bit half for SMLAD). */
    public int operandsPerSegment() {
        return operandsPerMultiply / kind.segments();
    }

    /** h = (m-1)S, the bit where the result field starts in the accumulator. */
    public int resultFieldShift() {
        return operandsPerMultiply % kind.segments() == 0 ? (operandsPerSegment() - 1) * fieldSpacing : 0;
    }

    public OperandEncoding encoding() {
        return new OperandEncoding(weightBits, activationBits, activationType, signHandling);
    }

    /** Flash bits per weight when weights are stored in register format (one 32-bit word per n weights). */
    public double flashBitsPerWeight() {
        return 32.0 / operandsPerMultiply;
    }

    public double estimatedMacsPerInstruction() {
        return CostModel.DEFAULT.macsPerInstruction(this);
    }

    /** The same plan with a different number of accumulations between extractions. */
    public PackingPlan withMaxAccumulations(int accumulations) {
        return new PackingPlan(weightBits, activationBits, core, kind, operandsPerMultiply, fieldSpacing,
                accumulations, extraction, signHandling, activationType);
    }

    public String describe() {
        String operands = weightBits + "-bit weights x " + activationBits + "-bit " + activationType.label()
                + " activations on " + core.displayName() + ": " + kind.mnemonic() + ", " + operandsPerMultiply
                + " MAC" + (operandsPerMultiply == 1 ? "" : "s") + " per multiply";
        if (extraction == Extraction.NONE) {
            return operands + ", unpacked operands accumulated directly (at most " + maxAccumulations
                    + " multiplies per dot product); " + signLabel();
        }
        return operands + ", fields " + fieldSpacing + " bits apart" + (kind.segments() > 1 ? " in each half" : "")
                + ", result field at bit " + resultFieldShift() + " taken out by " + extraction.label() + " every "
                + (maxAccumulations == 1 ? "multiply" : maxAccumulations + " multiplies") + "; " + signLabel();
    }

    /** How signs are handled, in words; single-field plans multiply the signed values directly. */
    public String signLabel() {
        return extraction == Extraction.NONE ? "native signed multiply" : signHandling.label();
    }
}
