package org.mcuq.boards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.Firmware;
import org.mcuq.boards.FirmwareBuilder;
import org.mcuq.boards.MemoryOverflowException;
import org.mcuq.boards.MemoryReport;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;

/** The memory report against arm-none-eabi-size, the linker map, stack painting and the board budgets. */
class MemoryReportTest {

    private static final List<String> FLASH_SECTIONS = List.of(".vectors", ".text", ".rodata", ".ARM.exidx");

    @TempDir
    Path directory;

    @Test
    void agreesWithArmNoneEabiSizeAndTheLinkerMap() throws Exception {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("memory.c"));
        MemoryReport report = firmware.memory();
        Map<String, Long> size = sizeA(firmware.elf());
        Map<String, Long> map = mapSections(firmware.map());

        long flash = FLASH_SECTIONS.stream().mapToLong(s -> size.getOrDefault(s, 0L)).sum() + size.get(".data");
        assertEquals(flash, report.flashUsed());
        assertEquals(size.get(".data") + size.get(".bss"), report.staticRam());
        assertEquals(size.get(".stack"), report.stackReserved());
        for (String section : List.of(".vectors", ".text", ".rodata", ".data", ".bss", ".stack")) {
            assertEquals(map.get(section), report.sectionSize(section), section + " in the linker map");
        }
        assertTrue(report.sectionSize(".rodata") >= 3000, "the 3000 weights are constants");
        assertEquals(16, report.sectionSize(".data"), "four initialised int32");
        assertEquals(2000, report.sectionSize(".bss"), "500 zeroed int32");
    }

    @Test
    void stackHighWaterCoversAKnownLargeFrame() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("deep_stack.c"));
        RunResult result = TestFirmware.runner().run(firmware, RunOptions.defaults()).requireExitCode(0);
        long highWater = result.stackHighWater().orElseThrow();

        assertTrue(highWater >= 3000 && highWater < 3000 + 512, "high-water " + highWater);
        MemoryReport measured = firmware.memory().withStackHighWater(highWater);
        assertEquals(firmware.memory().staticRam() + highWater, measured.peakRam().getAsLong());
    }

    @Test
    void firmwareTooBigForTheStm32GetsAMemoryReport() {
        Path source = TestFirmware.source("oversized.c");
        MemoryOverflowException e = assertThrows(MemoryOverflowException.class,
                () -> TestFirmware.build(Board.QEMU_STM32F405, directory, source));
        MemoryReport report = e.report();

        assertEquals(2, report.overflows().size());
        MemoryReport.Overflow flash = report.overflows().get(0);
        assertEquals("FLASH", flash.region().name());
        assertEquals(report.flashUsed() - (1 << 20), flash.excess());
        assertTrue(flash.excess() > (1200 - 1024) * 1024, "at least the surplus of the weights");
        MemoryReport.Overflow ram = report.overflows().get(1);
        assertEquals(report.staticRam() + 8192 - (128 << 10), ram.excess());
        assertTrue(e.getMessage().startsWith("Firmware does not fit qemu-stm32f405: FLASH needs "), e.getMessage());
        assertTrue(e.getMessage().contains("over by"), e.getMessage());
    }

    @Test
    void theSameFirmwareFitsTheLargerMps2Board() {
        Firmware firmware = TestFirmware.build(Board.QEMU_M4, directory, TestFirmware.source("oversized.c"));
        assertTrue(firmware.memory().fits());
        assertTrue(firmware.memory().flashUsed() > 1200 * 1024);
    }

    @Test
    void stackReservationIsConfigurable() {
        Firmware firmware = new FirmwareBuilder(Board.QEMU_M3, TestFirmware.TOOLCHAIN).stackSize(2048)
                .sources(TestFirmware.source("echo.c")).build(directory);
        assertEquals(2048, firmware.memory().stackReserved());
        RunResult result = TestFirmware.runner().run(firmware, RunOptions.defaults()).requireExitCode(42);
        assertEquals(2048 - 32, result.stackSize().getAsLong(), "the reserve less the 32-byte guard");
    }

    /** Section sizes as arm-none-eabi-size -A prints them. */
    private static Map<String, Long> sizeA(Path elf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(TestFirmware.TOOLCHAIN.armGcc().resolveSibling("arm-none-eabi-size")
                .toString(), "-A", elf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        Map<String, Long> sizes = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^(\\.\\S+)\\s+(\\d+)\\s+\\d+$").matcher(output);
        while (m.find()) {
            sizes.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return sizes;
    }

    /** Output-section sizes from the "Linker script and memory map" part of the map file. */
    private static Map<String, Long> mapSections(Path map) throws IOException {
        String text = Files.readString(map);
        Map<String, Long> sizes = new HashMap<>();
        Matcher m = Pattern.compile("(?m)^(\\.\\S+)\\s+0x[0-9a-f]+\\s+0x([0-9a-f]+)").matcher(text);
        while (m.find()) {
            sizes.put(m.group(1), Long.parseLong(m.group(2), 16));
        }
        return sizes;
    }
}
