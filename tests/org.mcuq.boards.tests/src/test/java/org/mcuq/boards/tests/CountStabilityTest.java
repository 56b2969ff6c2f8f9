package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.Firmware;
import org.mcuq.boards.Markers;
import org.mcuq.boards.Profile;
import org.mcuq.boards.RegionProfile;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;

/** Counts are a property of the program: identical across runs and across boards with the same core. */
class CountStabilityTest {

    private static final RunOptions PROFILED = RunOptions.defaults().withProfiling(true);

    @TempDir
    Path directory;

    @Test
    void repeatedRunsGiveIdenticalProfiles() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("kernel.c"));
        Profile first = TestFirmware.runner().run(firmware, PROFILED).requireExitCode(0).requireProfile();
        for (int run = 0; run < 2; run++) {
            assertEquals(first, TestFirmware.runner().run(firmware, PROFILED).requireProfile());
        }
    }

    @Test
    void m4FirmwareCountsTheSameOnMps2AndStm32() {
        Path source = TestFirmware.source("kernel.c");
        RunResult mps2 = run(TestFirmware.build(Board.QEMU_M4, directory, source));
        RunResult stm32 = run(TestFirmware.build(Board.QEMU_STM32F405, directory, source));

        assertEquals(mps2.requireProfile().regions(), stm32.requireProfile().regions());
        assertArrayEquals(mps2.output("results"), stm32.output("results"));
    }

    @Test
    void kernelComputesTheRightResultsInProfiledRegions() {
        RunResult result = run(TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("kernel.c")));
        ByteBuffer results = ByteBuffer.wrap(result.output("results")).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < 4; r++) {
            assertEquals(dot(r, 256 - r * 16), results.getInt(), "dot product " + r);
        }
        Profile profile = result.requireProfile();
        RegionProfile dots = profile.region(0);
        RegionProfile network = profile.network().orElseThrow();
        assertEquals(4, dots.entries());
        assertEquals(Markers.NETWORK, network.id());
        assertTrue(network.totalInstructions() > dots.totalInstructions(), "the network region encloses the dots");
        assertTrue(dots.self().instructions() >= 256 + 240 + 224 + 208, "at least one instruction per MAC");
    }

    private static RunResult run(Firmware firmware) {
        return TestFirmware.runner().run(firmware, PROFILED).requireExitCode(0);
    }

    /** The dot product kernel.c computes, evaluated in Java from the same input formulas. */
    private static int dot(int offset, int n) {
        int acc = 0;
        for (int i = 0; i < n; i++) {
            acc += (byte) ((i + offset) * 5 - 100) * (byte) (77 - i * 3);
        }
        return acc;
    }
}
