package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/** Element-wise {@code max(x, 0)}. */
public record Relu(String name, String input) implements SingleInputLayer {

    public Relu {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
    }

    @Override
    public OpType op() {
        return OpType.RELU;
    }

    @Override
    public Relu withInput(String newInput) {
        return new Relu(name, newInput);
    }
}
