package org.mcuq.ir;

import java.util.List;

import org.mcuq.ir.internal.LayerChecks;

/** Element-wise sum of two or more inputs of the same shape, followed by a fused activation. */
public record Add(String name, List<String> inputs, Activation activation) implements FusedActivationLayer {

    public Add {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, inputs, "input list");
        inputs.forEach(i -> LayerChecks.requireNonNull(name, i, "input name"));
        inputs = List.copyOf(inputs);
        if (inputs.size() < 2) {
            throw new NetworkValidationException(name, "an Add needs at least two inputs but has " + inputs.size()
                    + "; remove the Add or connect a second producer.");
        }
        LayerChecks.requireNonNull(name, activation, "activation (use Activation.NONE)");
    }

    @Override
    public OpType op() {
        return OpType.ADD;
    }

    @Override
    public Add withInputs(List<String> newInputs) {
        LayerChecks.requireCount(name, newInputs, inputs.size());
        return new Add(name, newInputs, activation);
    }

    @Override
    public Add withActivation(Activation newActivation) {
        return new Add(name, inputs, newActivation);
    }
}
