package org.mcuq.boards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mcuq.boards.internal.ProcessResult;
import org.mcuq.boards.internal.ProcessRunner;

/**
 * Compiles and links a firmware (C or assembly sources plus the {@link FirmwareKit}) for a board with
 * arm-none-eabi-gcc. The link uses generously sized regions, so an oversized image is reported by
 * {@link MemoryOverflowException} with a full memory report instead of a linker error.
 */
public final class FirmwareBuilder {

    private static final Duration TOOL_LIMIT = Duration.ofMinutes(5);

    private final Board board;
    private final Toolchain toolchain;
    private final List<Path> sources = new ArrayList<>();
    private final List<Path> includeDirectories = new ArrayList<>();
    private final List<String> extraFlags = new ArrayList<>();
    private String optimization = "-O2";
    private int stackSize = FirmwareKit.DEFAULT_STACK_SIZE;
    private boolean cycleCounter;

    public FirmwareBuilder(Board board, Toolchain toolchain) {
        this.board = board;
        this.toolchain = toolchain;
    }

    /** Adds C (.c) or assembly (.S, .s) files; one of them defines {@code int main(void)}. */
    public FirmwareBuilder sources(Path... files) {
        sources.addAll(Arrays.asList(files));
        return this;
    }

    public FirmwareBuilder includeDirectory(Path directory) {
        includeDirectories.add(directory);
        return this;
    }

    /** GCC optimisation flag, "-O2" by default. */
    public FirmwareBuilder optimization(String flag) {
        optimization = flag;
        return this;
    }

    /** Further compiler flags, e.g. "-DLAYERS=3". */
    public FirmwareBuilder compilerFlags(String... flags) {
        extraFlags.addAll(Arrays.asList(flags));
        return this;
    }

    /** Stack bytes the linker script reserves ({@value FirmwareKit#DEFAULT_STACK_SIZE} by default). */
    public FirmwareBuilder stackSize(int bytes) {
        FirmwareKit.requireStackSize(bytes);
        stackSize = bytes;
        return this;
    }

    /**
     * Links the cycle-counting marker (mcuq_cycles.c, DWT->CYCCNT, for real boards) instead of the QEMU profiler's
     * marker; the firmware then prints its per-region cycles after main returns ({@link CycleCounts}).
     */
    public FirmwareBuilder cycleCounter(boolean enabled) {
        cycleCounter = enabled;
        return this;
    }

    /**
     * Builds firmware.elf and firmware.map in the directory (which also receives the kit sources and mcuq.ld).
     *
     * @throws MemoryOverflowException if the image does not fit the board
     */
    public Firmware build(Path directory) {
        requireSources();
        Path elf = directory.resolve("firmware.elf");
        Path map = directory.resolve("firmware.map");
        Path kit = directory.resolve("mcuq-kit");
        prepare(directory, kit);
        ProcessResult result = ProcessRunner.run(compileCommand(directory, kit, elf, map), directory, TOOL_LIMIT);
        if (!result.succeeded()) {
            throw new BoardException("arm-none-eabi-gcc could not build the firmware for " + board + " in "
                    + directory + ":\n" + result.diagnostics().strip() + newlibHint(result.diagnostics()));
        }
        MemoryReport memory = MemoryReport.read(board, elf, toolchain);
        if (!memory.fits()) {
            throw new MemoryOverflowException(memory);
        }
        return new Firmware(board, elf, map, memory);
    }

    private void requireSources() {
        if (sources.isEmpty()) {
            throw new BoardException("No firmware sources given; add the file with main() via sources(...)");
        }
        for (Path source : sources) {
            if (!Files.isRegularFile(source)) {
                throw new BoardException("Firmware source " + source + " does not exist");
            }
        }
    }

    private void prepare(Path directory, Path kit) {
        try {
            Files.createDirectories(directory);
            FirmwareKit.writeSources(kit);
            FirmwareKit.writeCycleCounter(kit);
            Files.writeString(directory.resolve("mcuq.ld"), FirmwareKit.linkerScript(board, stackSize,
                    FirmwareKit.GENEROUS_LENGTH, FirmwareKit.GENEROUS_LENGTH));
        } catch (IOException e) {
            throw new BoardException("Could not prepare the firmware build directory " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private List<String> compileCommand(Path directory, Path kit, Path elf, Path map) {
        List<String> command = new ArrayList<>(List.of(toolchain.armGcc().toString()));
        command.addAll(board.core().compilerFlags());
        command.add(optimization);
        command.addAll(FirmwareKit.COMMON_FLAGS);
        command.addAll(extraFlags);
        command.add("-I" + kit);
        includeDirectories.forEach(d -> command.add("-I" + d.toAbsolutePath()));
        command.addAll(FirmwareKit.LINK_FLAGS);
        command.addAll(List.of("-T", directory.resolve("mcuq.ld").toString(), "-Wl,-Map=" + map, "-o",
                elf.toString()));
        sources.forEach(s -> command.add(s.toAbsolutePath().toString()));
        (cycleCounter ? FirmwareKit.cycleCounterUnits() : FirmwareKit.compilationUnits()).forEach(unit -> command.add(kit.resolve(unit).toString()));
        return command;
    }

    private static String newlibHint(String diagnostics) {
        boolean missing = diagnostics.contains("nano.specs") || diagnostics.contains("cannot find -lc");
        return missing ? "\nThe C library for arm-none-eabi is missing. Install it with: " + Toolchain.ARM_INSTALL : "";
    }
}
