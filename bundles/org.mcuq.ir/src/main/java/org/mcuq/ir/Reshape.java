package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/** Reinterprets the input (in NHWC order) as {@code target}, which must have as many elements. */
public record Reshape(String name, String input, Shape target) implements SingleInputLayer {

    public Reshape {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
        LayerChecks.requireNonNull(name, target, "target shape");
    }

    @Override
    public OpType op() {
        return OpType.RESHAPE;
    }

    @Override
    public Reshape withInput(String newInput) {
        return new Reshape(name, newInput, target);
    }
}
