package org.mcuq.boards;

import java.util.List;

/** Cortex-M cores MCUQ generates code for, with their GCC flags (hard-float ABI where the core has an FPU). */
public enum Core {

    CORTEX_M3("cortex-m3", false, List.of("-mcpu=cortex-m3", "-mthumb")),
    CORTEX_M4F("cortex-m4f", true, List.of("-mcpu=cortex-m4", "-mthumb", "-mfpu=fpv4-sp-d16", "-mfloat-abi=hard")),
    CORTEX_M7("cortex-m7", true, List.of("-mcpu=cortex-m7", "-mthumb", "-mfpu=fpv5-d16", "-mfloat-abi=hard"));

    private final String id;
    private final boolean dsp;
    private final List<String> compilerFlags;

    Core(String id, boolean dsp, List<String> compilerFlags) {
        this.id = id;
        this.dsp = dsp;
        this.compilerFlags = compilerFlags;
    }

    public String id() {
        return id;
    }

    /** Whether the core has the DSP extension (SMLAD, SXTB16, ...). */
    public boolean hasDsp() {
        return dsp;
    }

    /** Flags for arm-none-eabi-gcc (compile and link). */
    public List<String> compilerFlags() {
        return compilerFlags;
    }
}
