package org.mcuq.liteengine.packing;

/** Target cores of LiteEngine and the multiply instructions they offer. */
public enum Core {
    /** ARMv7-M without the DSP extension: MUL/MLA, UMULL/UMLAL, SMULL/SMLAL, but no SMLAD or SXTB16. */
    CORTEX_M3("Cortex-M3", false),
    /** ARMv7E-M: adds SMLAD, SMUAD, SXTB16 and friends. */
    CORTEX_M4("Cortex-M4", true),
    /** ARMv7E-M, same instruction set as the M4 (dual issue does not change instruction counts). */
    CORTEX_M7("Cortex-M7", true);

    private final String displayName;
    private final boolean dsp;

    Core(String displayName, boolean dsp) {
        this.displayName = displayName;
        this.dsp = dsp;
    }

    /** Whether the core has the DSP extension (SMLAD, SXTB16, ...). */
    public boolean hasDsp() {
        return dsp;
    }

    public String displayName() {
        return displayName;
    }
}
