package org.mcuq.liteengine.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PackingPlannerTest {

    @ParameterizedTest
    @EnumSource(Core.class)
    void chosenPlanIsSafeAndNoCandidateBeatsIt(Core core) {
        for (ActivationType activations : ActivationType.values()) {
            for (int w = 1; w <= 8; w++) {
                for (int a = 1; a <= 8; a++) {
                    PackingPlan plan = PackingPlanner.plan(w, a, activations, core);
                    PackingPlanner.verify(plan);
                    double best = plan.estimatedMacsPerInstruction();
                    for (PackingPlan other : PackingPlanner.candidates(w, a, activations, core)) {
                        assertTrue(other.estimatedMacsPerInstruction() <= best, other.describe());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Core.class)
    void everyCandidateIsSafeAndUsesItsLargestT(Core core) {
        for (int w = 1; w <= 8; w++) {
            for (int a = 1; a <= 8; a++) {
                for (PackingPlan candidate : PackingPlanner.candidates(w, a, ActivationType.SIGNED, core)) {
                    PackingPlanner.verify(candidate);
                    if (candidate.maxAccumulations() < Integer.MAX_VALUE) {
                        PackingPlan more = candidate.withMaxAccumulations(candidate.maxAccumulations() + 1);
                        assertThrows(UnsafePackingException.class, () -> PackingPlanner.verify(more),
                                candidate.describe());
                    }
                }
            }
        }
    }

    @Test
    void smladOnlyOnDspCores() {
        for (int w = 1; w <= 8; w++) {
            for (int a = 1; a <= 8; a++) {
                List<PackingPlan> m3 = PackingPlanner.candidates(w, a, Core.CORTEX_M3);
                assertTrue(m3.stream().noneMatch(p -> p.kind() == MultiplyKind.SMLAD
                        || p.kind() == MultiplyKind.SMLAD_UNPACKED), w + "x" + a);
                assertTrue(PackingPlanner.candidates(w, a, Core.CORTEX_M4).stream()
                        .anyMatch(p -> p.kind() == MultiplyKind.SMLAD_UNPACKED), w + "x" + a);
            }
        }
    }

    @Test
    void cortexM4AndM7ShareTheirInstructionSetAndPlans() {
        for (int w = 1; w <= 8; w++) {
            for (int a = 1; a <= 8; a++) {
                PackingPlan m4 = PackingPlanner.plan(w, a, Core.CORTEX_M4);
                PackingPlan m7 = PackingPlanner.plan(w, a, Core.CORTEX_M7);
                assertEquals(m4, new PackingPlan(w, a, Core.CORTEX_M4, m7.kind(), m7.operandsPerMultiply(),
                        m7.fieldSpacing(), m7.maxAccumulations(), m7.extraction(), m7.signHandling(),
                        m7.activationType()));
            }
        }
    }

    @Test
    void eightBitOperandsUseInt16SmladOnDspCores() {
        for (Core core : List.of(Core.CORTEX_M4, Core.CORTEX_M7)) {
            PackingPlan plan = PackingPlanner.plan(8, 8, core);
            assertEquals(MultiplyKind.SMLAD_UNPACKED, plan.kind());
            assertEquals(2, plan.macsPerMultiply());
            assertEquals(Extraction.NONE, plan.extraction());
        }
    }

    @Test
    void withoutActivationReuseEightBitFallsBackToPlainMla() {
        CostModel depthwise = new CostModel(1);
        for (Core core : Core.values()) {
            PackingPlan plan = PackingPlanner.plan(8, 8, ActivationType.SIGNED, core, depthwise);
            assertEquals(MultiplyKind.MUL32, plan.kind(), plan.describe());
            assertEquals(1, plan.macsPerMultiply());
        }
        assertNotEquals(MultiplyKind.MUL32, PackingPlanner.plan(8, 8, Core.CORTEX_M3).kind(),
                "with 16 channels sharing the packed column, UMLAL packs two 8-bit products on the M3");
    }

    @Test
    void packingGainsAtLowBitWidths() {
        for (Core core : Core.values()) {
            assertTrue(PackingPlanner.plan(2, 2, core).macsPerMultiply() >= 4, core.name());
            assertTrue(PackingPlanner.plan(4, 4, core).macsPerMultiply() >= 3, core.name());
            assertTrue(PackingPlanner.plan(1, 1, core).macsPerMultiply() >= 6, core.name());
        }
    }

    @Test
    void bitWidthOutsideOneToEightIsRefused() {
        PackingException tooWide = assertThrows(PackingException.class,
                () -> PackingPlanner.plan(9, 4, Core.CORTEX_M4));
        assertTrue(tooWide.getMessage().contains("weight bit width 9 is outside 1..8"), tooWide.getMessage());
        PackingException zero = assertThrows(PackingException.class, () -> PackingPlanner.candidates(4, 0,
                Core.CORTEX_M3));
        assertTrue(zero.getMessage().contains("activation bit width 0"), zero.getMessage());
    }

    @Test
    void describeNamesTheChoices() {
        String text = PackingPlanner.plan(4, 4, Core.CORTEX_M3).describe();
        assertTrue(text.contains("UMLAL"), text);
        assertTrue(text.contains("3 MACs per multiply"), text);
        assertTrue(text.contains("every 24 multiplies"), text);
        assertFalse(text.contains("SMLAD"), text);
    }
}
