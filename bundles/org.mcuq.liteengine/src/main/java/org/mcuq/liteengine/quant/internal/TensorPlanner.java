package org.mcuq.liteengine.quant.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;

/**
 * Chooses every tensor's bits and signedness. Bits: layers with weights from the spec; the input from the first
 * layer with weights; an add takes its widest input; all other layers their input's. Signedness: unsigned after a
 * (fused) ReLU/ReLU6, for an add whose inputs are all unsigned, and for layers that keep their input's step when
 * the input is unsigned; the input as declared or observed; signed otherwise.
 */
public final class TensorPlanner {

    private TensorPlanner() {
    }

    /** Plans keyed by layer name, in topological order. */
    public static Map<String, TensorPlan> plan(Network network, QuantizationSpec spec, boolean inputSigned) {
        Map<String, TensorPlan> plans = new LinkedHashMap<>();
        for (Layer layer : network.layers()) {
            plans.put(layer.name(), planOf(layer, network, spec, plans, inputSigned));
        }
        return plans;
    }

    private static TensorPlan planOf(Layer layer, Network network, QuantizationSpec spec,
            Map<String, TensorPlan> plans, boolean inputSigned) {
        if (layer instanceof InputLayer) {
            return new TensorPlan(inputBits(network, spec), inputSigned);
        }
        if (LayerRoles.hasWeights(layer)) {
            boolean activated = layer instanceof WeightedLayer w && w.activation() != Activation.NONE;
            return new TensorPlan(spec.bitsOf(layer.name()).orElseThrow().activationBits(), !activated);
        }
        if (layer instanceof Add add) {
            return addPlan(add, plans);
        }
        TensorPlan in = plans.get(layer.inputs().get(0));
        boolean relu = layer instanceof Relu || layer instanceof Relu6;
        return new TensorPlan(in.bits(), in.signed() && !relu);
    }

    private static TensorPlan addPlan(Add add, Map<String, TensorPlan> plans) {
        int bits = 0;
        boolean signed = false;
        for (String input : add.inputs()) {
            bits = Math.max(bits, plans.get(input).bits());
            signed |= plans.get(input).signed();
        }
        return new TensorPlan(bits, signed && add.activation() == Activation.NONE);
    }

    private static int inputBits(Network network, QuantizationSpec spec) {
        return network.layers().stream().filter(LayerRoles::hasWeights).findFirst()
                .flatMap(l -> spec.bitsOf(l.name())).or(spec::defaultBits).map(LayerBits::activationBits)
                .orElse(LayerBits.MAX_BITS);
    }
}
