package org.mcuq.rlquant.agent;

/** What a policy costs on the target: latency of one inference in cycles, peak RAM and flash in bytes. */
public record PolicyCosts(long latencyCycles, long ramBytes, long flashBytes) {

    public PolicyCosts {
        if (latencyCycles < 0 || ramBytes < 0 || flashBytes < 0) {
            throw new IllegalArgumentException("Costs cannot be negative: latency " + latencyCycles + " cycles, RAM "
                    + ramBytes + " bytes, flash " + flashBytes + " bytes.");
        }
    }

    public long value(CostKind kind) {
        return switch (kind) {
            case LATENCY -> latencyCycles;
            case RAM -> ramBytes;
            case FLASH -> flashBytes;
        };
    }
}
