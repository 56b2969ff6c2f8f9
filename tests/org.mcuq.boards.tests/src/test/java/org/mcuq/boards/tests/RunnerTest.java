package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.Firmware;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;

/** Runs real firmware on every QEMU board: console, binary results, exit codes, faults and time limits. */
class RunnerTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(Board.class)
    void firmwareTalksToTheHostAndPassesItsExitCode(Board board) {
        Firmware firmware = TestFirmware.build(board, directory, TestFirmware.source("echo.c"));
        RunResult result = TestFirmware.runner().run(firmware, RunOptions.defaults());

        assertEquals(42, result.exitCode());
        assertTrue(result.console().contains("hello from mcuq"), result.console().toString());
        byte[] expected = new byte[100];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = (byte) (i * 7);
        }
        assertArrayEquals(expected, result.output("ramp"));
        assertEquals(0, result.output("empty").length);
        assertEquals(2, result.outputs().size(), "the badly named result is refused by the firmware");
        assertTrue(result.console().get(1).startsWith("mcuq_output: result not sent"), result.console().toString());
        assertTrue(result.stackHighWater().getAsLong() >= 100, "the 100-byte ramp lives on the stack");
        assertEquals(8192 - 32, result.stackSize().getAsLong(), "the reserve less the 32-byte guard");
    }

    @Test
    void guestThatNeverFinishesIsStoppedAtTheTimeLimit() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("spin.c"));
        long start = System.nanoTime();
        BoardException e = assertThrows(BoardException.class, () -> TestFirmware.runner().run(firmware,
                RunOptions.defaults().withTimeLimit(Duration.ofSeconds(2))));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertTrue(e.getMessage().startsWith("Firmware did not finish within 2.0 s on qemu-m4"), e.getMessage());
        assertTrue(e.getMessage().contains("spinning"), "the console tail is reported: " + e.getMessage());
        assertTrue(seconds >= 2 && seconds < 6, "stopped after " + seconds + " s");
    }

    @Test
    void unhandledFaultIsReportedWithItsException() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("trap.c"));
        RunResult result = TestFirmware.runner().run(firmware, RunOptions.defaults());

        assertEquals(128 + 3, result.exitCode());
        assertEquals(3, result.fault().orElseThrow().exception());
        BoardException e = assertThrows(BoardException.class, () -> result.requireExitCode(0));
        assertTrue(e.getMessage().contains("HardFault at pc 0x"), e.getMessage());
        assertTrue(e.getMessage().contains("about to trap"), e.getMessage());
    }

    @Test
    void faultInsideAProfiledRegionIsReportedAsTheFault() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("trap_in_region.c"));
        BoardException e = assertThrows(BoardException.class, () -> TestFirmware.runner().run(firmware,
                RunOptions.defaults().withProfiling(true)));
        assertTrue(e.getMessage().startsWith("The firmware faulted on qemu-m4 (mps2-an386) (HardFault at pc 0x"),
                e.getMessage());
        assertTrue(e.getMessage().contains("region 2 never ended"), e.getMessage());
    }

    @Test
    void missingOutputIsNamedWithTheOutputsThatWereSent() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("echo.c"));
        RunResult result = TestFirmware.runner().run(firmware, RunOptions.defaults());

        BoardException e = assertThrows(BoardException.class, () -> result.output("logits"));
        assertTrue(e.getMessage().contains("'logits'") && e.getMessage().contains("ramp"), e.getMessage());
    }

    @Test
    void stackOverflowHitsTheGuardAndIsReportedAsSuch() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("overflow.c"));
        RunResult result = TestFirmware.runner().run(firmware, RunOptions.defaults());

        assertTrue(result.fault().orElseThrow().stackOverflow(), result.fault().toString());
        assertEquals(128 + 3, result.exitCode());
        assertTrue(result.console().contains("descending"), result.console().toString());
        assertTrue(result.wallTime().toMillis() < 2000, "caught at once, not after memory below RAM is trashed");
    }

    @Test
    void firmwareForAnotherBoardLocksTheCoreAndIsAQemuFailure() {
        Firmware stm32 = TestFirmware.build(Board.QEMU_STM32F405, directory, TestFirmware.source("echo.c"));
        BoardException e = assertThrows(BoardException.class,
                () -> TestFirmware.runner().run(stm32.elf(), Board.QEMU_M4, RunOptions.defaults()));
        assertTrue(e.getMessage().startsWith("QEMU failed running"), e.getMessage());
        assertTrue(e.getMessage().contains("qemu-m4 (mps2-an386)") && e.getMessage().contains("Lockup"),
                e.getMessage());
        assertTrue(e.getMessage().contains("linked for another board"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAnElfIsRefusedBeforeQemuRunsIt() {
        Path notAnElf = TestFirmware.write(directory, "firmware.bin", "this is not an ELF file\n");
        BoardException e = assertThrows(BoardException.class,
                () -> TestFirmware.runner().run(notAnElf, Board.QEMU_M3, RunOptions.defaults()));
        assertTrue(e.getMessage().endsWith("is not an ELF file; pass the firmware.elf that FirmwareBuilder or "
                + "the kit's Makefile produces"), e.getMessage());
    }

    @Test
    void unbalancedMarkersAreReported() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("unbalanced.c"));
        BoardException e = assertThrows(BoardException.class, () -> TestFirmware.runner().run(firmware,
                RunOptions.defaults().withProfiling(true)));
        assertTrue(e.getMessage().contains("region 5 ends but is not the innermost open region"), e.getMessage());
    }
}
