package org.mcuq.liteengine.codegen;

import java.util.List;

import org.mcuq.liteengine.packing.Core;

/**
 * What the generated code runs on: the core (instruction set, packing plans and GCC flags), its memory and the
 * firmware skeleton the project builds with.
 */
public record Target(Core core, TargetMemory memory, FirmwareSkeleton firmware) {

    public Target {
        if (core == null || memory == null || firmware == null) {
            throw new IllegalArgumentException("A target needs a core, a memory map and a firmware skeleton.");
        }
    }

    /** arm-none-eabi-gcc flags of the core (hard-float ABI where it has an FPU), as in docs/liteengine.md. */
    public List<String> coreFlags() {
        return switch (core) {
            case CORTEX_M3 -> List.of("-mcpu=cortex-m3", "-mthumb");
            case CORTEX_M4 -> List.of("-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard");
            case CORTEX_M7 -> List.of("-mcpu=cortex-m7", "-mthumb", "-mfpu=fpv5-d16", "-mfloat-abi=hard");
        };
    }
}
