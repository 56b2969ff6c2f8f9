package org.mcuq.liteengine.packing;

/**
 * Instruction counts behind the planner's throughput estimate, MACs per instruction (higher is better).
 * These are instruction counts, not cycles: on Cortex-M3 MLA takes 2 cycles and UMLAL/SMLAL 4-7, on M4/M7 all
 * are single-cycle. Assumptions, per multiply instruction:
 * <ul>
 * <li>1 for the multiply (MLA, UMLAL/SMLAL, SMLAD). The first multiply of a run is the non-accumulating form
 * (MUL, UMULL, SMUAD) or accumulates onto a register holding the rounding bias, so resetting is free, except
 * that a 64-bit accumulator starting at a rounding bias needs 2 MOVs.</li>
 * <li>1 for operand loads: a 2x2 block (output channels x pixels) loads 2 weight and 2 activation words per 4
 * multiplies. Weights are packed offline, so their packing is free.</li>
 * <li>Activation packing at run time, once per im2col column and shared by
 * {@link #outputChannelsSharingActivations()} output channels: 2 instructions per field (load, shift-or) and 1
 * store per packed register; nothing when n = 1 (bytes are loaded directly). OFFSET plans add 1 per register
 * for the per-pixel activation sum.</li>
 * <li>Extraction every T multiplies: shift + add, + 1 for the mask, + 1 when the field straddles the two words
 * of a 64-bit accumulator; nothing for single-field plans.</li>
 * </ul>
 * Per-output work (bias, requantization, the constant zero-point term) is the same for every plan and left out.
 *
 * @param outputChannelsSharingActivations output channels that reuse one packed activation column: the layer's
 *        output channel count for convolutions and dense layers, 1 for depthwise convolutions
 */
public record CostModel(int outputChannelsSharingActivations) {

    /** A convolution with 16 output channels, the narrowest layer of the MLPerf Tiny ResNet-8. */
    public static final CostModel DEFAULT = new CostModel(16);

    private static final double MULTIPLY = 1;
    private static final double LOADS = 1;
    private static final int PACK_PER_FIELD = 2;
    private static final int PACK_STORE = 1;
    private static final int ACTIVATION_SUM = 1;

    public CostModel {
        PlanChecks.requirePositive("output channels sharing activations", outputChannelsSharingActivations);
    }

    public double macsPerInstruction(PackingPlan plan) {
        return plan.operandsPerMultiply() / instructionsPerMultiply(plan);
    }

    public double instructionsPerMultiply(PackingPlan plan) {
        double packing = (double) packingPerRegister(plan) / outputChannelsSharingActivations;
        return MULTIPLY + LOADS + packing + (double) extractionPerRun(plan) / plan.maxAccumulations();
    }

    private static int packingPerRegister(PackingPlan plan) {
        if (plan.operandsPerMultiply() == 1) {
            return 0;
        }
        int sum = plan.signHandling() == SignHandling.OFFSET ? ACTIVATION_SUM : 0;
        return PACK_PER_FIELD * plan.operandsPerMultiply() + PACK_STORE + sum;
    }

    private static int extractionPerRun(PackingPlan plan) {
        if (plan.extraction() == Extraction.NONE) {
            return 0;
        }
        FieldLayout layout = FieldLayout.of(plan);
        int shiftAndAdd = 2;
        int mask = plan.extraction() == Extraction.SHIFT_MASK ? 1 : 0;
        int straddle = straddlesWords(layout, plan.extraction()) ? 1 : 0;
        int reset = layout.accumulatorBits() == 64 && layout.roundingBias() != 0 ? 2 : 0;
        return shiftAndAdd + mask + straddle + reset;
    }

    private static boolean straddlesWords(FieldLayout layout, Extraction extraction) {
        int start = layout.resultShift();
        int end = start + layout.resultWidth(extraction);
        return layout.accumulatorBits() == 64 && start < 32 && end > 32;
    }
}
