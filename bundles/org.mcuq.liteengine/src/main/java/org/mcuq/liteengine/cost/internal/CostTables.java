package org.mcuq.liteengine.cost.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Add;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.packing.Core;

/**
 * Builds the {@link LayerTable} of every layer of a network on a core: for each setting of the bits a layer
 * depends on, the kernel the generator would choose ({@link LayerModel}), its requantization path
 * ({@link RequantPaths}), and its features priced with the core's calibrated {@link Coefficients}.
 */
public final class CostTables {

    private final Topology topology;
    private final Core core;
    private final Coefficients coefficients;
    private final ActivationSteps steps;

    private CostTables(Topology topology, Core core, Coefficients coefficients, ActivationSteps steps) {
        this.topology = topology;
        this.core = core;
        this.coefficients = coefficients;
        this.steps = steps;
    }

    /** @param calibrationInputs float inputs for the activation ranges; empty to assume equal ranges */
    public static LayerTable[] build(Topology topology, Core core, Coefficients coefficients,
            List<float[]> calibrationInputs) {
        Network network = topology.network();
        Map<String, Boolean> signed = new HashMap<>();
        for (int k = 0; k < topology.size(); k++) {
            signed.put(topology.layer(k).name(), topology.signed(k));
        }
        ActivationSteps steps = ActivationSteps.of(network, signed, calibrationInputs);
        CostTables builder = new CostTables(topology, core, coefficients, steps);
        LayerTable[] tables = new LayerTable[topology.size()];
        for (int k = 0; k < tables.length; k++) {
            tables[k] = builder.table(k);
        }
        return tables;
    }

    private LayerTable table(int step) {
        LayerModel model = new LayerModel(topology, step, core);
        int policy = topology.policyIndex(step);
        int[] inputs = topology.inputs(step);
        if (policy < 0) {
            return new LayerTable(inputs, -1, topology.size(), (w, bits) -> {
                bits[step] = derivedBits(step, bits);
                return entry(model.choose(0, bits, false));
            });
        }
        RequantPaths paths = new RequantPaths(topology.network(), topology.layer(step), steps);
        int input = inputs[0];
        return new LayerTable(new int[] {input, step}, policy, topology.size(),
                (w, bits) -> entry(model.choose(w, bits, paths.highWord(w, bits[input], bits[step]))));
    }

    /** Bits of a layer without weights from its inputs' (the input layer's do not matter here). */
    private int derivedBits(int step, int[] bits) {
        int[] inputs = topology.inputs(step);
        if (inputs.length == 0) {
            return 8;
        }
        if (topology.layer(step) instanceof Add) {
            int widest = 0;
            for (int i : inputs) {
                widest = Math.max(widest, bits[i]);
            }
            return widest;
        }
        return bits[inputs[0]];
    }

    private LayerTable.Entry entry(LayerModel.Choice choice) {
        Features runtime = KernelFeatures.runtime(choice.setup());
        Features code = KernelFeatures.code(choice.setup());
        return new LayerTable.Entry(choice.setup().kind(), coefficients.apply(Metric.INSTRUCTIONS, runtime),
                coefficients.apply(Metric.CYCLES, runtime), coefficients.apply(Metric.CODE, code),
                choice.constantBytes(), choice.scratchBytes(), choice.inPlaceInputs());
    }
}
