package org.mcuq.rlquant.lsq.internal;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.rlquant.lsq.LsqResult;

/** Reads the trained variables back into an IR network and a quantization spec with every learned step. */
public final class Exporter {

    private Exporter() {
    }

    /** @param spec the bits (and input signedness) the graph was built for */
    public static LsqResult export(Network prepared, ParameterSet params, QuantizationSpec spec) {
        List<Layer> layers = new ArrayList<>();
        QuantizationSpec learned = spec;
        for (Layer layer : prepared.layers()) {
            ParameterSet.WeightedNames names = params.weighted().get(layer.name());
            if (names != null) {
                layers.add(((WeightedLayer) layer).withParameters(params.values(names.weights()),
                        params.values(names.bias())));
                learned = learned.withWeightSteps(layer.name(), params.values(names.steps()));
            } else {
                layers.add(layer);
            }
        }
        for (var step : params.activationSteps().entrySet()) {
            learned = learned.withActivationStep(step.getKey(), params.values(step.getValue())[0]);
        }
        return new LsqResult(new Network(prepared.name(), layers), learned);
    }
}
