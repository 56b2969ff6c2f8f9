package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.Core;
import org.mcuq.boards.CycleCounts;
import org.mcuq.boards.Firmware;
import org.mcuq.boards.FirmwareBuilder;
import org.mcuq.boards.FirmwareKit;
import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.OpenOcdRun;
import org.mcuq.boards.OpenOcdRunner;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;
import org.mcuq.boards.TargetBoard;
import org.mcuq.boards.Toolchain;

/**
 * Real boards through OpenOCD, without hardware: board names, the exact command line, a recorded transcript of a
 * Nucleo-F4 run, the missing-OpenOCD error, and the cycle-counting firmware built and run on QEMU (which does not
 * emulate DWT->CYCCNT, so it reports no counter but every region and entry).
 */
class OpenOcdTest {

    @TempDir
    Path dir;

    @Test
    void aPresetBoardKnowsItsCoreAndMemoryAndOptionsOverrideIt() {
        OpenOcdBoard nucleo = OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg");
        assertEquals(Core.CORTEX_M4F, nucleo.core());
        assertEquals(0x0800_0000L, nucleo.memory().flash().origin());
        assertEquals(96 << 10, nucleo.memory().ram().length());
        OpenOcdBoard custom = OpenOcdBoard.parse("openocd:/home/me/my_board.cfg,core=m7,flash=2M,ram=0x80000");
        assertEquals(Core.CORTEX_M7, custom.core());
        assertEquals(2 << 20, custom.memory().flash().length());
        assertEquals(512 << 10, custom.memory().ram().length());
        assertEquals("openocd:/home/me/my_board.cfg", custom.id());
        assertTrue(FirmwareKit.linkerScript(nucleo.memory(), 8192).contains("LENGTH = 0x00018000"));
    }

    @Test
    void aBoardsFullNameGivesTheSameBoardBack() {
        OpenOcdBoard nucleo = OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg");
        assertEquals("openocd:board/st_nucleo_f4.cfg", nucleo.fullId());
        OpenOcdBoard custom = OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg,ram=64K,flash-origin=0x08004000");
        assertEquals(custom, TargetBoard.byName(custom.fullId()));
        assertEquals(Board.QEMU_M4, TargetBoard.byName("qemu-m4"));
        assertEquals("openocd -f board/st_nucleo_f4.cfg -c \"program {firmware.elf} verify\" -c \"reset halt\""
                + " -c \"arm semihosting enable\" -c resume", OpenOcdRunner.shellCommand("firmware.elf", nucleo));
    }

    @Test
    void anUnknownConfigurationWithoutCoreAndMemoryIsRefusedWithTheSyntax() {
        BoardException e = assertThrows(BoardException.class, () -> OpenOcdBoard.parse("openocd:board/x.cfg,core=m4"));
        assertTrue(e.getMessage().contains("give its core and memory, e.g. openocd:board/x.cfg,core=m4,flash=512K"),
                e.getMessage());
        assertTrue(e.getMessage().contains("board/st_nucleo_f4.cfg"), e.getMessage());
        assertThrows(BoardException.class, () -> OpenOcdBoard.parse("openocd:board/x.cfg,core=m0,flash=1,ram=1"));
    }

    @Test
    void theCommandLineFlashesVerifiesHaltsEnablesSemihostingAndRuns() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path openocd = Files.createFile(bin.resolve("openocd"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path elf = dir.resolve("my project").resolve("firmware.elf");
        List<String> command = new OpenOcdRunner(Toolchain.searching(List.of(bin))).command(elf,
                OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg"));
        assertEquals(List.of(openocd.toString(), "-f", "board/st_nucleo_f4.cfg", "-c", "program {" + elf.toAbsolutePath()
                + "} verify", "-c", "reset halt", "-c", "arm semihosting enable", "-c", "resume"), command);
    }

    @Test
    void aMissingOpenOcdNamesTheInstallCommand() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        BoardException e = assertThrows(BoardException.class,
                () -> new OpenOcdRunner(Toolchain.searching(List.of(empty))).run(dir.resolve("firmware.elf"),
                        OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg"), RunOptions.DEFAULT_TIME_LIMIT));
        assertTrue(e.getMessage().contains("does not exist") || e.getMessage().contains("openocd"), e.getMessage());
        BoardException missing = assertThrows(BoardException.class,
                () -> Toolchain.searching(List.of(empty)).openocd());
        assertTrue(missing.getMessage().contains("apt-get install -y --no-install-recommends openocd"),
                missing.getMessage());
    }

    @Test
    void aRecordedNucleoF4TranscriptGivesTheOutputStackAndCyclesPerRegion() throws Exception {
        OpenOcdRun run = OpenOcdRunner.read(resource("nucleo-f4-lenet-stdout.txt"),
                resource("nucleo-f4-lenet-stderr.txt"), 0, false, OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg"),
                dir.resolve("firmware.elf"));
        assertEquals(0, run.exitCode());
        assertArrayEquals(HexFormat.of().parseHex("8083818580809c808284"), run.outputs().get("output"));
        assertEquals(412, run.stackHighWater().getAsLong());
        CycleCounts cycles = run.cycles();
        assertTrue(cycles.counting());
        assertEquals(11, cycles.overheadCycles());
        assertEquals(8, cycles.regions().size());
        assertEquals(1_523_402, cycles.region(0x7FFF).cycles());
        assertEquals(689_213, cycles.region(1).cycles());
        long layers = cycles.regions().values().stream().filter(r -> r.region() != 0x7FFF)
                .mapToLong(CycleCounts.RegionCycles::cycles).sum();
        assertTrue(layers < cycles.region(0x7FFF).cycles(), "the layers lie inside the network region");
        assertTrue(run.console().isEmpty(), run.console()::toString);
        RunResult result = run.toRunResult();
        assertEquals(cycles, result.requireCycles());
        assertTrue(result.profile().isEmpty());
        assertEquals(8160, result.stackSize().getAsLong());
    }

    @Test
    void anOpenOcdFailureBeforeTheFirmwareRanIsReportedWithItsErrors() {
        BoardException e = assertThrows(BoardException.class, () -> OpenOcdRunner.read("",
                "Open On-Chip Debugger 0.12.0\nError: open failed\n", 1, false,
                OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg"), dir.resolve("firmware.elf")));
        assertTrue(e.getMessage().contains("Error: open failed") && e.getMessage().contains("board is connected"),
                e.getMessage());
    }

    @Test
    void aReportCutShortIsRefused() {
        BoardException e = assertThrows(BoardException.class,
                () -> CycleCounts.parse(List.of("@mcuq cycles-counter dwt 9", "@mcuq cycles 1 1 50"), "test"));
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
    }

    @Test
    void theCycleCountingFirmwareRunsOnQemuAndReportsEveryRegionButNoCounter() {
        Firmware firmware = new FirmwareBuilder(Board.QEMU_M4, TestFirmware.TOOLCHAIN).cycleCounter(true)
                .sources(TestFirmware.source("cycle_regions.c")).build(dir.resolve("dwt"));
        RunResult run = TestFirmware.runner().run(firmware, RunOptions.defaults()).requireExitCode(0);
        CycleCounts cycles = CycleCounts.parse(run.console(), "qemu");
        assertFalse(cycles.counting(), "QEMU does not emulate DWT->CYCCNT");
        assertEquals(3, cycles.region(1).entries());
        assertEquals(1, cycles.region(2).entries());
        assertEquals(0, cycles.region(1).cycles());
        assertTrue(run.console().contains("cycle regions done"), run.console()::toString);
    }

    private static String resource(String name) throws Exception {
        return Files.readString(Path.of(OpenOcdTest.class.getResource("/openocd/" + name).toURI()));
    }
}
