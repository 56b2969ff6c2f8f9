package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.FirmwareKit;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;

/** The exported kit (sources, board-sized linker script, Makefile) builds with make and runs. */
class FirmwareKitTest {

    @TempDir
    Path project;

    @Test
    void exportedProjectBuildsWithMakeAndRuns() throws Exception {
        FirmwareKit.exportProject(Board.QEMU_M3, 4096, project);
        Files.copy(TestFirmware.source("echo.c"), project.resolve("main.c"));

        Process make = new ProcessBuilder("make").directory(project.toFile()).redirectErrorStream(true).start();
        String log = new String(make.getInputStream().readAllBytes());
        assertTrue(make.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, make.exitValue(), log);
        assertTrue(log.contains("-mcpu=cortex-m3"), log);

        RunResult result = TestFirmware.runner().run(project.resolve("firmware.elf"), Board.QEMU_M3,
                RunOptions.defaults());
        assertEquals(42, result.exitCode());
        assertEquals(4096 - 32, result.stackSize().getAsLong(), "the reserve less the 32-byte guard");
    }

    @Test
    void boardSizedLinkerScriptCarriesTheBoardMemoryMap() {
        String script = FirmwareKit.linkerScript(Board.QEMU_STM32F405, 4096);
        assertTrue(script.contains("ORIGIN = 0x08000000, LENGTH = 0x00100000"), script);
        assertTrue(script.contains("ORIGIN = 0x20000000, LENGTH = 0x00020000"), script);
        assertTrue(script.contains("__mcuq_stack_size = 4096;"), script);
    }
}
