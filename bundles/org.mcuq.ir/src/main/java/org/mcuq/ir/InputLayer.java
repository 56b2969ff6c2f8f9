package org.mcuq.ir;

import java.util.List;

import org.mcuq.ir.internal.LayerChecks;

/** The network's single input, of the given shape. */
public record InputLayer(String name, Shape shape) implements Layer {

    public InputLayer {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, shape, "input shape");
    }

    @Override
    public OpType op() {
        return OpType.INPUT;
    }

    @Override
    public List<String> inputs() {
        return List.of();
    }

    @Override
    public Layer withInputs(List<String> newInputs) {
        LayerChecks.requireCount(name, newInputs, 0);
        return this;
    }
}
