package org.mcuq.rlquant.lsq.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * SGD with momentum, {@code v = m v + grad; p -= lr v}, applied in place to the graph's variables. Adam is not
 * used: its per-parameter normalisation cancels LSQ's step-gradient scale. Steps are kept positive.
 */
public final class MomentumSgd {

    /** Smallest step a step variable may take; a step must stay positive for the engine. */
    static final double MIN_STEP = 1e-8;

    private final double momentum;
    private final Map<String, INDArray> velocity = new HashMap<>();

    public MomentumSgd(double momentum) {
        this.momentum = momentum;
    }

    /** Updates the variables {@code names} of {@code params} with their gradients in {@code gradients}. */
    public void update(ParameterSet params, Map<String, INDArray> gradients, Collection<String> names, double rate,
            boolean steps) {
        if (rate == 0) {
            return;
        }
        for (String name : names) {
            INDArray gradient = gradients.get(name);
            if (gradient == null) {
                // A variable the loss does not depend on has nothing to learn.
                continue;
            }
            INDArray v = velocity.computeIfAbsent(name, k -> gradient.ulike().assign(0));
            v.muli(momentum).addi(gradient);
            INDArray parameter = params.array(name);
            parameter.subi(v.mul(rate));
            if (steps) {
                Transforms.max(parameter, MIN_STEP, false);
            }
        }
    }
}
