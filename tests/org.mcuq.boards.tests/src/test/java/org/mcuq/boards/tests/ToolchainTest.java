package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.Core;
import org.mcuq.boards.Toolchain;

class ToolchainTest {

    @TempDir
    Path emptyDirectory;

    @Test
    void missingEmulatorNamesTheInstallCommand() {
        Toolchain none = Toolchain.searching(List.of(emptyDirectory));
        BoardException e = assertThrows(BoardException.class, none::qemu);
        assertTrue(e.getMessage().contains("qemu-system-arm"), e.getMessage());
        assertTrue(e.getMessage().endsWith("apt-get install -y --no-install-recommends qemu-system-arm"),
                e.getMessage());
    }

    @Test
    void missingCrossCompilerNamesTheInstallCommand() {
        Toolchain none = Toolchain.searching(List.of(emptyDirectory));
        BoardException e = assertThrows(BoardException.class, none::armGcc);
        assertTrue(e.getMessage().contains("gcc-arm-none-eabi libnewlib-arm-none-eabi"), e.getMessage());
    }

    @Test
    void installedToolsAreFoundOnThePath() {
        Toolchain toolchain = Toolchain.fromEnvironment();
        assertEquals("arm-none-eabi-gcc", toolchain.armGcc().getFileName().toString());
        assertEquals("qemu-system-arm", toolchain.qemu().getFileName().toString());
    }

    @Test
    void boardsAreLookedUpByIdWithTheChoicesInTheError() {
        assertEquals(Board.QEMU_STM32F405, Board.byId("qemu-stm32f405"));
        assertEquals(Core.CORTEX_M7, Board.byId("qemu-m7").core());
        BoardException e = assertThrows(BoardException.class, () -> Board.byId("qemu-m0"));
        assertTrue(e.getMessage().contains("qemu-m4, qemu-m7, qemu-m3, qemu-stm32f405"), e.getMessage());
    }
}
