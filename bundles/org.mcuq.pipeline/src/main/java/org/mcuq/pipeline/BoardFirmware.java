package org.mcuq.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.FirmwareKit;
import org.mcuq.liteengine.codegen.FirmwareSkeleton;
import org.mcuq.liteengine.codegen.Target;
import org.mcuq.liteengine.codegen.TargetMemory;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.pipeline.internal.Folders;

/**
 * The org.mcuq.boards firmware kit as LiteEngine's firmware skeleton for one board: the kit's startup, marker and
 * output sources, the linker script with the board's real flash and RAM, the kit's compile and link flags, and
 * the QEMU command of {@code make run}.
 */
public record BoardFirmware(Board board) implements FirmwareSkeleton {

    /** Stack bytes the linker script reserves. */
    public static final int STACK_BYTES = FirmwareKit.DEFAULT_STACK_SIZE;

    private static final String LINKER_SCRIPT = "mcuq.ld";

    /** The LiteEngine target of a board: its core, its memory map and this skeleton. */
    public static Target target(Board board) {
        var map = board.memory();
        TargetMemory memory = new TargetMemory(map.flash().origin(), map.flash().length(), map.ram().origin(),
                map.ram().length(), STACK_BYTES);
        return new Target(core(board.core()), memory, new BoardFirmware(board));
    }

    /** The LiteEngine core that generates code for a boards core. */
    public static Core core(org.mcuq.boards.Core core) {
        return switch (core) {
            case CORTEX_M3 -> Core.CORTEX_M3;
            case CORTEX_M4F -> Core.CORTEX_M4;
            case CORTEX_M7 -> Core.CORTEX_M7;
        };
    }

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>(kitSources());
        files.put(LINKER_SCRIPT, FirmwareKit.linkerScript(board, STACK_BYTES).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Override
    public List<String> compilationUnits() {
        return FirmwareKit.compilationUnits();
    }

    @Override
    public String linkerScript() {
        return LINKER_SCRIPT;
    }

    @Override
    public List<String> compilerFlags() {
        return FirmwareKit.COMMON_FLAGS;
    }

    @Override
    public List<String> linkerFlags() {
        return FirmwareKit.LINK_FLAGS;
    }

    @Override
    public String runCommand() {
        return "qemu-system-arm -M " + board.qemuMachine() + " -nographic -monitor none -serial null"
                + " -semihosting-config enable=on,target=native -kernel firmware.elf";
    }

    /** The kit writes its sources only to a folder, so they are read back from a temporary one. */
    private static Map<String, byte[]> kitSources() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Path kit = null;
        try {
            kit = Files.createTempDirectory("mcuq-kit");
            FirmwareKit.writeSources(kit);
            try (Stream<Path> list = Files.list(kit)) {
                for (Path file : list.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".template")) {
                        files.put(name, Files.readAllBytes(file));
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new BoardException("Could not read the firmware kit's sources: " + e.getMessage(), e);
        } finally {
            Folders.deleteQuietly(kit);
        }
    }
}
