package org.mcuq.rlquant.agent;

/** A resource a policy consumes on the target, with the unit its figures are in. */
public enum CostKind {
    LATENCY("latency", "cycles"), RAM("RAM", "bytes"), FLASH("flash", "bytes");

    private final String label;
    private final String unit;

    CostKind(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
