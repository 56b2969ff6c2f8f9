package org.mcuq.liteengine.cost.internal;

/** What a set of calibrated coefficients predicts; the name prefixes its keys in the coefficient files. */
public enum Metric {
    /** Executed instructions (exact counts from the QEMU profiler). */
    INSTRUCTIONS("instructions"),
    /** Cycles as the profiler's Cortex-M4 cycle model estimates them (on every core's instruction stream). */
    CYCLES("cycles"),
    /** Bytes of machine code a layer's C file compiles to. */
    CODE("code");

    private final String key;

    Metric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
