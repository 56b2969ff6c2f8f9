package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.Counts;
import org.mcuq.boards.CycleModel;
import org.mcuq.boards.Firmware;
import org.mcuq.boards.InstructionClass;
import org.mcuq.boards.Profile;
import org.mcuq.boards.RunOptions;

/**
 * Instruction counts, classes and cycle estimates of the hand-written snippets in snippets.S on qemu-m4. Every
 * expected number is counted by hand from the assembly (see the comments there).
 */
class SnippetProfileTest {

    @TempDir
    static Path directory;

    private static Firmware firmware;
    private static Profile profile;

    @BeforeAll
    static void runSnippets() {
        firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("snippets.S"),
                TestFirmware.source("snippets_main.c"));
        profile = TestFirmware.runner().run(firmware, RunOptions.defaults().withProfiling(true))
                .requireExitCode(0).requireProfile();
    }

    @Test
    void tenNopsAndTheEndMarkerIdLoad() {
        Counts nops = profile.region(1).self();
        assertEquals(11, nops.instructions());
        assertEquals(10, nops.count(InstructionClass.OTHER));
        assertEquals(1, nops.count(InstructionClass.ALU));
        assertEquals(11, nops.cycles());
    }

    @Test
    void loopOfHundredIterationsWithFourInstructions() {
        Counts loop = profile.region(2).self();
        assertEquals(1 + 100 * 4 + 1, loop.instructions());
        assertEquals(100, loop.count(InstructionClass.BRANCH));
        assertEquals(99, loop.takenBranches());
        // 1 (movs) + 100 x 4 single-cycle instructions + 99 taken BNE x P=2 + 1 (movw)
        assertEquals(1 + 400 + 99 * 2 + 1, loop.cycles());
    }

    @Test
    void nestedRegionCountsGoToTheInnermostRegion() {
        assertEquals(11, profile.region(4).self().instructions());
        assertEquals(12, profile.region(3).self().instructions());
        assertEquals(23, profile.region(3).totalInstructions());
        assertEquals(11, profile.region(4).totalInstructions());
        assertEquals(1, profile.region(3).entries());
    }

    @Test
    void oneInstructionOfEachClass() {
        Counts counts = profile.region(5).self();
        Map<InstructionClass, Long> expected = new java.util.EnumMap<>(InstructionClass.class);
        for (InstructionClass c : InstructionClass.values()) {
            expected.put(c, 1L);
        }
        expected.put(InstructionClass.ALU, 2L); // ADDS and the end marker's MOVW
        assertEquals(expected, counts.classes());
        assertEquals(3, counts.loadMultipleRegisters());
        assertEquals(2, counts.storeMultipleRegisters());
        assertEquals(0, counts.unrecognised());
    }

    @Test
    void dspAndLongMultiplyVariants() {
        Counts counts = profile.region(7).self();
        assertEquals(7, counts.count(InstructionClass.DSP));
        assertEquals(2, counts.count(InstructionClass.MAC64));
        assertEquals(1, counts.count(InstructionClass.MUL64));
        assertEquals(1, counts.count(InstructionClass.ALU));
        assertEquals(11, counts.instructions());
    }

    @Test
    void cycleEstimateEqualsTheHandSumOfTheStatedTimings() {
        Counts counts = profile.region(6).self();
        // mov 1, ldr+AGU 3, pipelined ldr 1, str 1, ldr after str 2, push 3, pop 3, mul 1, smlad 1, umlal 1,
        // sdiv 7, cmp 1, taken beq 3, cmp 1, untaken bne 1, b 3, movw 1
        assertEquals(1 + 3 + 1 + 1 + 2 + 3 + 3 + 1 + 1 + 1 + 7 + 1 + 3 + 1 + 1 + 3 + 1, counts.cycles());
        assertEquals(17, counts.instructions());
        assertEquals(1, counts.pipelinedLoads());
        assertEquals(1, counts.addressStalls());
        assertEquals(2, counts.takenBranches());
    }

    @Test
    void controlTransferTimings() {
        Counts counts = profile.region(8).self();
        // movs 1, taken cbz 3, untaken cbnz 1, tbb 4, bl 3, push 3, pop {r4, pc} 5, movw 1
        assertEquals(1 + 3 + 1 + 4 + 3 + 3 + 5 + 1, counts.cycles());
        assertEquals(8, counts.instructions());
        assertEquals(4, counts.takenBranches());
    }

    @Test
    void itBlocksMakeTheirBranchesConditional() {
        Counts counts = profile.region(9).self();
        // eleven single-cycle instructions (the untaken IT branch included) and the taken IT branch 1 + P
        assertEquals(11 + 3, counts.cycles());
        assertEquals(12, counts.instructions());
        assertEquals(2, counts.count(InstructionClass.BRANCH));
        assertEquals(1, counts.takenBranches());
        assertEquals(3, counts.count(InstructionClass.OTHER), "ITE and two IT; the NOP is branched over");
    }

    @Test
    void describesTheModelWithItsAssumptions() {
        String text = profile.describe();
        assertTrue(text.startsWith("cortex-m4-trm-v1: "), text);
        assertTrue(text.contains("SDIV/UDIV 7 cycles"), text);
        assertEquals(CycleModel.CORTEX_M4_TRM_V1, profile.model());
    }

    @Test
    void startupStackPaintingRunsOutsideEveryRegion() {
        // 8 KiB of stack painted one word per store before main, i.e. at least 2048 stores
        assertTrue(profile.outside().count(InstructionClass.STORE) >= 2048, profile.outside().toString());
    }
}
