package org.mcuq.boards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.mcuq.boards.internal.CSources;

/**
 * The reusable firmware skeleton: startup (vector table, .data/.bss set-up, stack painting), semihosting,
 * the region marker, the result output protocol, the linker script and a Makefile, rendered for a board.
 * The compile and link flags here are the ones {@link FirmwareBuilder} uses.
 */
public final class FirmwareKit {

    /** Flags for every compilation besides the core's and the optimisation level. */
    public static final List<String> COMMON_FLAGS = List.of("-g", "-std=c11", "-Wall", "-ffunction-sections",
            "-fdata-sections");

    /** Link flags besides the linker script and map: no C runtime start files, newlib-nano, unused code dropped. */
    public static final List<String> LINK_FLAGS = List.of("-nostartfiles", "--specs=nano.specs",
            "-Wl,--gc-sections", "-Wl,--undefined=mcuq_mark");

    static final String MARKER = "mcuq_mark.c";
    static final String CYCLE_MARKER = "mcuq_cycles.c";

    /** Extra stack bytes reserved when nothing else is said. */
    public static final int DEFAULT_STACK_SIZE = 8192;

    /** Region length of the generous link: large enough for anything, checked against the board afterwards. */
    static final long GENEROUS_LENGTH = 0x1000_0000L;

    private FirmwareKit() {
    }

    /** Writes the kit's C sources (mcuq.h, mcuq_startup.c, ...) into the directory. */
    public static void writeSources(Path directory) {
        CSources.FIRMWARE.extractTo(directory);
    }

    /** The kit's C files that every firmware compiles. */
    public static List<String> compilationUnits() {
        return CSources.FIRMWARE.compilationUnits();
    }

    /**
     * The kit's C files for a firmware that times its regions itself with the DWT cycle counter (real boards):
     * {@code mcuq_cycles.c} instead of the profiler's {@code mcuq_mark.c}. {@link #writeCycleCounter} writes it.
     */
    public static List<String> cycleCounterUnits() {
        return compilationUnits().stream().map(u -> u.equals(MARKER) ? CYCLE_MARKER : u).toList();
    }

    /** Writes mcuq_cycles.c into the directory beside the other kit sources. */
    public static void writeCycleCounter(Path directory) {
        CSources.CYCLES.extractTo(directory);
    }

    /** The linker script with the board's real flash and RAM sizes (ld itself rejects an oversized image). */
    public static String linkerScript(Board board, int stackSize) {
        return linkerScript(board, stackSize, board.memory().flash().length(), board.memory().ram().length());
    }

    static String linkerScript(Board board, int stackSize, long flashLength, long ramLength) {
        return linkerScript(board.memory(), stackSize, flashLength, ramLength);
    }

    /** The linker script for any memory map, e.g. a real board's ({@link OpenOcdBoard#memory()}). */
    public static String linkerScript(MemoryMap map, int stackSize) {
        return linkerScript(map, stackSize, map.flash().length(), map.ram().length());
    }

    private static String linkerScript(MemoryMap map, int stackSize, long flashLength, long ramLength) {
        requireStackSize(stackSize);
        return render(CSources.FIRMWARE.readText("mcuq.ld.template"), Map.of(
                "FLASH_ORIGIN", hex(map.flash().origin()), "FLASH_LENGTH", hex(flashLength),
                "RAM_ORIGIN", hex(map.ram().origin()), "RAM_LENGTH", hex(ramLength),
                "STACK_SIZE", Integer.toString(stackSize)));
    }

    /** A Makefile that builds and runs the *.c files of its directory with the kit for the board. */
    public static String makefile(Board board) {
        return render(CSources.FIRMWARE.readText("Makefile.template"), Map.of(
                "BOARD", board.id(), "QEMU_MACHINE", board.qemuMachine(),
                "CPU_FLAGS", String.join(" ", board.core().compilerFlags()),
                "COMMON_FLAGS", String.join(" ", COMMON_FLAGS), "LINK_FLAGS", String.join(" ", LINK_FLAGS)));
    }

    /** Writes sources, mcuq.ld (board-sized) and Makefile: a stand-alone firmware project once main.c is added. */
    public static void exportProject(Board board, int stackSize, Path directory) {
        writeSources(directory);
        try {
            Files.writeString(directory.resolve("mcuq.ld"), linkerScript(board, stackSize));
            Files.writeString(directory.resolve("Makefile"), makefile(board));
        } catch (IOException e) {
            throw new BoardException("Could not write the firmware project to " + directory + ": " + e.getMessage(), e);
        }
    }

    static void requireStackSize(int stackSize) {
        if (stackSize < 256 || stackSize % 8 != 0) {
            throw new BoardException("Stack size " + stackSize + " is invalid: use a multiple of 8 bytes, at least 256");
        }
    }

    private static String render(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("@" + e.getKey() + "@", e.getValue());
        }
        return text;
    }

    private static String hex(long value) {
        return String.format("0x%08x", value);
    }
}
