package org.mcuq.pipeline.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.boards.FirmwareKit;
import org.mcuq.liteengine.codegen.FirmwareSkeleton;

/**
 * The org.mcuq.boards firmware kit as LiteEngine's firmware skeleton: the kit's startup and output sources with
 * the profiler's marker or the DWT cycle-counting one, a linker script for the board's memory, the kit's compile
 * and link flags, and the command of {@code make run}.
 *
 * @param cycleCounter     use the DWT cycle-counting marker (real boards) instead of the QEMU profiler's
 * @param linkerScriptText the linker script with the board's flash and RAM
 * @param compilationUnits the kit's C files to compile
 * @param runCommand       what {@code make run} executes
 */
public record KitSkeleton(boolean cycleCounter, String linkerScriptText, List<String> compilationUnits,
        String runCommand) implements FirmwareSkeleton {

    private static final String LINKER_SCRIPT = "mcuq.ld";

    public KitSkeleton {
        compilationUnits = List.copyOf(compilationUnits);
    }

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>(KitFiles.read(cycleCounter));
        files.put(LINKER_SCRIPT, linkerScriptText.getBytes(StandardCharsets.UTF_8));
        return files;
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
}
