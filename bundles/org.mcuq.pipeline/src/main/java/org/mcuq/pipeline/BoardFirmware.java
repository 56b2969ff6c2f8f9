package org.mcuq.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.boards.Board;
import org.mcuq.boards.FirmwareKit;
import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.TargetBoard;
import org.mcuq.liteengine.codegen.FirmwareSkeleton;
import org.mcuq.liteengine.codegen.Target;
import org.mcuq.liteengine.codegen.TargetMemory;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.pipeline.internal.KitFiles;

/**
 * The org.mcuq.boards firmware kit as LiteEngine's firmware skeleton for one board: the kit's startup, marker and
 * output sources, the linker script with the board's real flash and RAM, the kit's compile and link flags, and
 * the QEMU command of {@code make run}.
 */
public record BoardFirmware(Board board) implements FirmwareSkeleton {

    /** Stack bytes the linker script reserves. */
    public static final int STACK_BYTES = FirmwareKit.DEFAULT_STACK_SIZE;

    private static final String LINKER_SCRIPT = "mcuq.ld";

    /**
     * The LiteEngine target of a board: its core, its memory map and its skeleton (this one for a QEMU board,
     * {@link OpenOcdFirmware} for a real one).
     */
    public static Target target(TargetBoard board) {
        var map = board.memory();
        TargetMemory memory = new TargetMemory(map.flash().origin(), map.flash().length(), map.ram().origin(),
                map.ram().length(), STACK_BYTES);
        FirmwareSkeleton skeleton = switch (board) {
            case Board qemu -> new BoardFirmware(qemu);
            case OpenOcdBoard real -> new OpenOcdFirmware(real);
        };
        return new Target(core(board.core()), memory, skeleton);
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
        Map<String, byte[]> files = new LinkedHashMap<>(KitFiles.read(false));
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
}
