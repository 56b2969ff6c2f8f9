package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/** Element-wise {@code min(max(x, 0), 6)}. */
public record Relu6(String name, String input) implements SingleInputLayer {

    public Relu6 {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
    }

    @Override
    public OpType op() {
        return OpType.RELU6;
    }

    @Override
    public Relu6 withInput(String newInput) {
        return new Relu6(name, newInput);
    }
}
