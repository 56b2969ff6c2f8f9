package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/** Flattens {@code (h, w, c)} to the vector {@code (1, 1, h*w*c)} in NHWC (HWC) order. */
public record Flatten(String name, String input) implements SingleInputLayer {

    public Flatten {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
    }

    @Override
    public OpType op() {
        return OpType.FLATTEN;
    }

    @Override
    public Flatten withInput(String newInput) {
        return new Flatten(name, newInput);
    }
}
