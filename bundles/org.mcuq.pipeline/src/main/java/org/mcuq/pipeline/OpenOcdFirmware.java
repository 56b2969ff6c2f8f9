package org.mcuq.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.boards.FirmwareKit;
import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.OpenOcdRunner;
import org.mcuq.liteengine.codegen.FirmwareSkeleton;
import org.mcuq.pipeline.internal.KitFiles;

/**
 * The firmware kit for a real board run through OpenOCD: the DWT cycle-counting marker ({@code mcuq_cycles.c})
 * instead of the QEMU profiler's, the linker script with the board's flash and RAM (origins and sizes), and
 * {@code make run} flashing and running the image with OpenOCD and semihosting.
 */
public record OpenOcdFirmware(OpenOcdBoard board) implements FirmwareSkeleton {

    private static final String LINKER_SCRIPT = "mcuq.ld";

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>(KitFiles.read(true));
        files.put(LINKER_SCRIPT, FirmwareKit.linkerScript(board.memory(), BoardFirmware.STACK_BYTES)
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Override
    public List<String> compilationUnits() {
        return FirmwareKit.cycleCounterUnits();
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
        return OpenOcdRunner.shellCommand("firmware.elf", board);
    }
}
