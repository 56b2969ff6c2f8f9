package org.mcuq.liteengine.packing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A packing layout before T is known: multiply kind, operands per segment m, spacing S, sign handling. */
record PlanShape(MultiplyKind kind, int perSegment, int spacing, SignHandling signHandling) {

    /** Every layout the planner considers on a core. */
    static List<PlanShape> enumerate(Core core) {
        List<PlanShape> shapes = new ArrayList<>();
        for (MultiplyKind kind : MultiplyKind.values()) {
            if (!kind.isAvailableOn(core)) {
                continue;
            }
            if (kind == MultiplyKind.MUL32 || kind.isUnpacked()) {
                shapes.add(new PlanShape(kind, 1, kind.segmentBits(), SignHandling.SIGNED_FIELDS));
            }
            if (!kind.isUnpacked()) {
                addPacked(kind, shapes);
            }
        }
        return shapes;
    }

    private static void addPacked(MultiplyKind kind, List<PlanShape> shapes) {
        for (SignHandling sign : SignHandling.values()) {
            for (int spacing = 1; spacing < kind.segmentBits(); spacing++) {
                for (int m = 2; (m - 1) * spacing < kind.segmentBits(); m++) {
                    shapes.add(new PlanShape(kind, m, spacing, sign));
                }
            }
        }
    }

    /** This layout with its largest safe T, or empty when it is not a valid, safe layout. */
    Optional<PackingPlan> maximalPlan(int weightBits, int activationBits, ActivationType activations,
            Core core) {
        FieldLayout layout = new FieldLayout(kind, perSegment, spacing, signHandling == SignHandling.SIGNED_FIELDS);
        Extraction extraction = layout.naturalExtraction();
        PackingPlan probe = new PackingPlan(weightBits, activationBits, core, kind, perSegment * kind.segments(),
                spacing, 1, extraction, signHandling, activations);
        if (LayoutRules.firstViolation(probe).isPresent()) {
            return Optional.empty();
        }
        long t = OverflowConditions.maxAccumulations(probe.encoding(), layout, extraction);
        if (t < 1) {
            return Optional.empty();
        }
        return Optional.of(probe.withMaxAccumulations((int) t));
    }
}
