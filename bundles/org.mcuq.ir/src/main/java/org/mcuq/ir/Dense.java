package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/**
 * Fully connected layer on a vector input {@code (1, 1, in)}. {@code weights} is {@code [in][units]} flattened
 * row-major; {@code bias} has {@code units} values (null means zeros).
 */
public record Dense(String name, String input, int units, float[] weights, float[] bias, Activation activation)
        implements WeightedLayer {

    public Dense {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
        LayerChecks.requirePositive(name, "number of units", units);
        LayerChecks.requireNonNull(name, weights, "weights");
        LayerChecks.requireNonNull(name, activation, "activation (use Activation.NONE)");
        bias = LayerChecks.biasOrZeros(bias, units);
        LayerChecks.requireLength(name, bias, "bias", units, units + " units");
    }

    @Override
    public OpType op() {
        return OpType.DENSE;
    }

    @Override
    public Dense withInput(String newInput) {
        return new Dense(name, newInput, units, weights, bias, activation);
    }

    @Override
    public Dense withActivation(Activation newActivation) {
        return new Dense(name, input, units, weights, bias, newActivation);
    }

    @Override
    public Dense withParameters(float[] newWeights, float[] newBias) {
        return new Dense(name, input, units, newWeights, newBias, activation);
    }
}
