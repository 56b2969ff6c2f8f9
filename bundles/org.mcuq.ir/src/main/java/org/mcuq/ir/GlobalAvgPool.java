package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/** Average over all spatial positions: {@code (h, w, c) -> (1, 1, c)}. */
public record GlobalAvgPool(String name, String input) implements SingleInputLayer {

    public GlobalAvgPool {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
    }

    @Override
    public OpType op() {
        return OpType.GLOBAL_AVG_POOL;
    }

    @Override
    public GlobalAvgPool withInput(String newInput) {
        return new GlobalAvgPool(name, newInput);
    }
}
