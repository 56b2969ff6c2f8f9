package org.mcuq.liteengine.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.liteengine.memory.TensorPlacement.Sharing;
import org.mcuq.liteengine.memory.TensorPlacement.Storage;

/**
 * Checks a memory plan pair by pair: two arena buffers (tensors or scratch) that are live at a common step must
 * not share bytes, unless they hold the same data (an alias chain) or one was computed in place over the other at
 * exactly the step where the older one is read for the last time.
 */
final class PlanChecks {

    private PlanChecks() {
    }

    /** Returns the number of simultaneously live pairs checked. */
    static int assertNoLiveOverlap(MemoryPlan plan) {
        List<TensorPlacement> arena = plan.tensors().stream().filter(t -> t.storage() == Storage.ARENA).toList();
        arena.forEach(t -> assertTrue(t.end() <= plan.arenaBytes(), t.layer() + " ends outside the arena"));
        plan.scratch().forEach(s -> assertTrue(s.end() <= plan.arenaBytes(), s.layer() + " scratch outside"));
        int pairs = 0;
        for (int i = 0; i < arena.size(); i++) {
            for (int j = i + 1; j < arena.size(); j++) {
                if (arena.get(i).liveDuring(arena.get(j).firstStep(), arena.get(j).lastStep())) {
                    assertCompatible(plan, arena.get(i), arena.get(j));
                    pairs++;
                }
            }
            for (ScratchPlacement s : plan.scratch()) {
                if (arena.get(i).liveDuring(s.step(), s.step())) {
                    assertDisjoint(arena.get(i).offset(), arena.get(i).end(), s.offset(), s.end(),
                            arena.get(i).layer() + " and the scratch of " + s.layer());
                    pairs++;
                }
            }
        }
        return pairs;
    }

    private static void assertCompatible(MemoryPlan plan, TensorPlacement a, TensorPlacement b) {
        boolean overlap = a.offset() < b.end() && b.offset() < a.end();
        if (!overlap || dataRoot(plan, a).equals(dataRoot(plan, b))) {
            return;
        }
        TensorPlacement older = a.firstStep() <= b.firstStep() ? a : b;
        TensorPlacement newer = older == a ? b : a;
        int lastShared = Math.min(older.lastStep(), newer.lastStep());
        boolean handOver = lastShared == newer.firstStep() && inPlaceOver(plan, newer, older);
        if (!handOver) {
            fail(a.layer() + " [" + a.offset() + ", " + a.end() + ") steps " + a.firstStep() + ".." + a.lastStep()
                    + " and " + b.layer() + " [" + b.offset() + ", " + b.end() + ") steps " + b.firstStep() + ".."
                    + b.lastStep() + " share bytes while both are live");
        }
    }

    /** Whether {@code newer}'s storage comes from {@code older}'s data through an in-place step. */
    private static boolean inPlaceOver(MemoryPlan plan, TensorPlacement newer, TensorPlacement older) {
        TensorPlacement t = newer;
        while (t.sharing() != Sharing.OWN) {
            TensorPlacement from = plan.tensor(t.sharedWith());
            if (t.sharing() == Sharing.IN_PLACE && dataRoot(plan, from).equals(dataRoot(plan, older))) {
                return true;
            }
            t = from;
        }
        return false;
    }

    /** The tensor whose data this one is, following aliases only. */
    static String dataRoot(MemoryPlan plan, TensorPlacement t) {
        TensorPlacement root = t;
        while (root.sharing() == Sharing.ALIAS) {
            root = plan.tensor(root.sharedWith());
        }
        return root.layer();
    }

    private static void assertDisjoint(int start1, int end1, int start2, int end2, String what) {
        if (start1 < end2 && start2 < end1) {
            fail(what + " overlap: [" + start1 + ", " + end1 + ") and [" + start2 + ", " + end2 + ")");
        }
    }

    /** Tensors computed in place, with the input whose storage they took. */
    static List<String> inPlaceTensors(MemoryPlan plan) {
        List<String> names = new ArrayList<>();
        for (TensorPlacement t : plan.tensors()) {
            if (t.sharing() == Sharing.IN_PLACE) {
                assertEquals(plan.tensor(t.sharedWith()).offset(), t.offset(), t.layer() + " is not at its input");
                assertEquals(t.firstStep(), plan.tensor(t.sharedWith()).lastStep(), t.layer()
                        + " overwrote an input that is read later");
                names.add(t.layer());
            }
        }
        return names;
    }
}
