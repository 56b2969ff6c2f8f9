package org.mcuq.rlquant.lsq.internal;

import org.mcuq.ir.Add;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.WeightedLayer;

/**
 * The layers whose output has a step of its own, learned by LSQ: the input, conv/depthwise/dense, adds and
 * stand-alone ReLU/ReLU6 (the engine's rule; unfolded batch-norms are not trained). All others keep their input's.
 */
public final class StepOwners {

    private StepOwners() {
    }

    public static boolean ownsStep(Layer layer) {
        return layer instanceof InputLayer || layer instanceof WeightedLayer || layer instanceof Add
                || layer instanceof Relu || layer instanceof Relu6;
    }
}
