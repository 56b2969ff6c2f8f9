package org.mcuq.liteengine.packing;

import java.util.Optional;

import org.mcuq.liteengine.packing.OverflowConditions.Violation;

/** Structural rules a plan must follow before its overflow conditions mean anything. */
final class LayoutRules {

    private LayoutRules() {
    }

    static Optional<Violation> firstViolation(PackingPlan plan) {
        if (!plan.kind().isAvailableOn(plan.core())) {
            return violation(PackingCondition.SUPPORTED_BY_CORE, plan.kind().mnemonic() + " needs the DSP extension,"
                    + " which " + plan.core().displayName() + " lacks; use a MUL32 or UMLAL64 plan on this core");
        }
        return segmentViolation(plan).or(() -> spacingViolation(plan)).or(() -> extractionViolation(plan));
    }

    private static Optional<Violation> segmentViolation(PackingPlan plan) {
        int n = plan.operandsPerMultiply();
        MultiplyKind kind = plan.kind();
        if (n % kind.segments() != 0) {
            return layout(kind.mnemonic() + " splits operands evenly over its " + kind.segments()
                    + " halves, so n = " + n + " must be even");
        }
        if (kind == MultiplyKind.SMLAD_UNPACKED && n != 2) {
            return layout("SMLAD_UNPACKED holds one operand per half (n = 2), got n = " + n
                    + "; use SMLAD for packed halves");
        }
        if (kind == MultiplyKind.SMLAD && n < 4) {
            return layout("SMLAD packs at least two operands per half (n >= 4), got n = " + n
                    + "; use SMLAD_UNPACKED for one operand per half");
        }
        return Optional.empty();
    }

    private static Optional<Violation> spacingViolation(PackingPlan plan) {
        int segmentBits = plan.kind().segmentBits();
        if (plan.operandsPerSegment() == 1 && plan.fieldSpacing() != segmentBits) {
            return layout("a single-field plan uses the segment width as its spacing: S must be " + segmentBits
                    + ", got " + plan.fieldSpacing());
        }
        if (plan.operandsPerSegment() > 1 && plan.fieldSpacing() >= segmentBits) {
            return layout("fields " + plan.fieldSpacing() + " bits apart do not fit a " + segmentBits
                    + "-bit segment; S must be below " + segmentBits);
        }
        return Optional.empty();
    }

    private static Optional<Violation> extractionViolation(PackingPlan plan) {
        FieldLayout fields = FieldLayout.of(plan);
        Extraction given = plan.extraction();
        Extraction natural = fields.naturalExtraction();
        boolean maskInsteadOfShift = given == Extraction.SHIFT_MASK && natural == Extraction.SHIFT;
        if (given == natural || maskInsteadOfShift) {
            return Optional.empty();
        }
        return layout(given.label() + " extraction does not match " + fields.perSegment() + " operands per segment at "
                + "spacing " + fields.spacing() + " with a " + fields.accumulatorBits() + "-bit accumulator (mS = "
                + (long) fields.perSegment() * fields.spacing() + "); use " + natural.label() + " extraction");
    }

    private static Optional<Violation> layout(String detail) {
        return violation(PackingCondition.CONSISTENT_LAYOUT, detail);
    }

    private static Optional<Violation> violation(PackingCondition condition, String detail) {
        return Optional.of(new Violation(condition, detail));
    }
}
