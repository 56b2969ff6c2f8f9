package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/** Softmax over the channel axis at each spatial position; allowed only as the last layer. */
public record Softmax(String name, String input) implements SingleInputLayer {

    public Softmax {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
    }

    @Override
    public OpType op() {
        return OpType.SOFTMAX;
    }

    @Override
    public Softmax withInput(String newInput) {
        return new Softmax(name, newInput);
    }
}
