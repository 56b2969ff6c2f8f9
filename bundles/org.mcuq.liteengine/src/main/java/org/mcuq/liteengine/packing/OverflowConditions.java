package org.mcuq.liteengine.packing;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The three overflow conditions of packed multiplication, evaluated exactly on worst-case field values:
 * (1) every packed operand fits its register segment; (2) the lower fields, summed over T multiplies, never carry
 * into the result field; (3) the result field, summed over T multiplies, fits the bits extraction takes out.
 * For unsigned fields (2) is equivalent to the brief's T(n-1)P < 2^S, except that n-1 becomes 2(m-1) for SMLAD,
 * whose halves each add m-1 products to the top lower field; for signed fields the windows are the ones a
 * rounding shift tolerates. The bounds are reached by operands all at their extremes, so they are tight. With
 * the extraction the planner picks, (3) implies (2); (2) is still checked for plans given to verify().
 */
final class OverflowConditions {

    record Violation(PackingCondition condition, String detail) {
    }

    private OverflowConditions() {
    }

    /** Largest T for which a plan with this layout is overflow-free, or 0 when none is. */
    static long maxAccumulations(OperandEncoding encoding, FieldLayout layout, Extraction extraction) {
        if (!operandsFit(encoding, layout) || layout.resultWidth(extraction) < 1) {
            return 0;
        }
        long lower = lowerFieldsPerMultiply(encoding, layout).largestScaleWithin(lowerWindow(layout));
        long result = resultPerMultiply(encoding, layout).largestScaleWithin(resultWindow(layout, extraction));
        return Math.min(Math.min(lower, result), Integer.MAX_VALUE);
    }

    static Optional<Violation> firstViolation(PackingPlan plan) {
        Optional<Violation> layoutViolation = LayoutRules.firstViolation(plan);
        if (layoutViolation.isPresent()) {
            return layoutViolation;
        }
        FieldLayout layout = FieldLayout.of(plan);
        OperandEncoding encoding = plan.encoding();
        return operandViolation(encoding, layout)
                .or(() -> carryViolation(plan, encoding, layout))
                .or(() -> resultViolation(plan, encoding, layout));
    }

    static boolean operandsFit(OperandEncoding encoding, FieldLayout layout) {
        return operandViolation(encoding, layout).isEmpty();
    }

    private static Optional<Violation> operandViolation(OperandEncoding encoding, FieldLayout layout) {
        int wMin = encoding.weightField(encoding.minWeight());
        int wMax = encoding.weightField(encoding.maxWeight());
        int aMin = encoding.activationField(encoding.minActivation());
        int aMax = encoding.activationField(encoding.maxActivation());
        return operandViolation("weight", wMin, wMax, layout)
                .or(() -> operandViolation("activation", aMin, aMax, layout));
    }

    private static Optional<Violation> operandViolation(String operand, int min, int max, FieldLayout layout) {
        Bounds packed = new Bounds(layout.packedValue(min), layout.packedValue(max));
        Bounds segment = Bounds.of(layout.segmentMin(), layout.segmentMax());
        if (packed.within(segment)) {
            return Optional.empty();
        }
        String where = layout.kind().segments() > 1 ? "a signed 16-bit half" : "a 32-bit register";
        return Optional.of(new Violation(PackingCondition.OPERANDS_FIT, "packed " + operand + "s ("
                + layout.perSegment() + " fields " + layout.spacing() + " bits apart, each in [" + min + ", " + max
                + "]) span " + packed
                + " but " + where + " holds " + segment + "; use a smaller spacing S or fewer operands"));
    }

    private static Optional<Violation> carryViolation(PackingPlan plan, OperandEncoding encoding,
            FieldLayout layout) {
        BigInteger t = BigInteger.valueOf(plan.maxAccumulations());
        Bounds lower = lowerFieldsPerMultiply(encoding, layout).times(t);
        Bounds window = lowerWindow(layout);
        if (lower.within(window)) {
            return Optional.empty();
        }
        long p = maxMagnitude(encoding);
        int c = layout.productsInTopLowerField();
        return Optional.of(new Violation(PackingCondition.NO_CARRY_INTO_RESULT, "after T = " + t
                + " multiplies the fields below bit h = " + layout.resultShift() + " sum to " + lower
                + " but must stay in " + window + " to leave the result field untouched (top lower field: T x "
                + c + " x P = " + t + " x " + c + " x " + p + " = " + t.multiply(BigInteger.valueOf(c * p))
                + ", against 2^S = 2^" + layout.spacing() + "); " + fix(plan, encoding, layout)));
    }

    private static Optional<Violation> resultViolation(PackingPlan plan, OperandEncoding encoding,
            FieldLayout layout) {
        BigInteger t = BigInteger.valueOf(plan.maxAccumulations());
        Bounds sum = resultPerMultiply(encoding, layout).times(t);
        Bounds window = resultWindow(layout, plan.extraction());
        if (sum.within(window)) {
            return Optional.empty();
        }
        return Optional.of(new Violation(PackingCondition.RESULT_FIELD_HOLDS_SUM, "T x n = " + t + " x "
                + layout.operandsPerMultiply() + " products, each in [" + encoding.minFieldProduct() + ", "
                + encoding.maxFieldProduct() + "], sum to " + sum + " but the "
                + layout.resultWidth(plan.extraction()) + "-bit result field at bit " + layout.resultShift() + " ("
                + plan.extraction().label() + " extraction) holds " + window + "; " + fix(plan, encoding, layout)));
    }

    private static String fix(PackingPlan plan, OperandEncoding encoding, FieldLayout layout) {
        long most = maxAccumulations(encoding, layout, plan.extraction());
        return most > 0 ? "at most T = " + most + " accumulations are safe for this layout"
                : "no T is safe for this layout";
    }

    private static long maxMagnitude(OperandEncoding encoding) {
        return Math.max(Math.abs(encoding.minFieldProduct()), Math.abs(encoding.maxFieldProduct()));
    }

    private static Bounds products(OperandEncoding encoding) {
        return Bounds.of(encoding.minFieldProduct(), encoding.maxFieldProduct());
    }

    /** What one multiply adds below the result field: products(k) * 2^(kS) summed over the lower fields. */
    private static Bounds lowerFieldsPerMultiply(OperandEncoding encoding, FieldLayout layout) {
        return products(encoding).times(layout.lowerFieldWeight());
    }

    /** Lower part values that cannot move the (rounding) shift: [-bias, 2^h - bias - 1]. */
    private static Bounds lowerWindow(FieldLayout layout) {
        if (layout.resultShift() == 0) {
            return Bounds.of(0, 0);
        }
        return Bounds.window(layout.resultShift(), false).shiftedDown(layout.roundingBias());
    }

    private static Bounds resultPerMultiply(OperandEncoding encoding, FieldLayout layout) {
        return products(encoding).times(BigInteger.valueOf(layout.operandsPerMultiply()));
    }

    private static Bounds resultWindow(FieldLayout layout, Extraction extraction) {
        return Bounds.window(layout.resultWidth(extraction), layout.signedFields());
    }
}
