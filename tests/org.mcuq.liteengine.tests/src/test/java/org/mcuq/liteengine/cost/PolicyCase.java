package org.mcuq.liteengine.cost;

import java.util.List;
import java.util.Map;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelSelection;
import org.mcuq.liteengine.memory.MemoryPlan;
import org.mcuq.liteengine.memory.MemoryPlanner;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;

/**
 * A network really quantized at a policy, with the kernels and memory plan the code generator would use, next to
 * the cost model's estimate of the same policy.
 */
record PolicyCase(String label, QuantizedNetwork network, KernelSelection kernels, MemoryPlan plan,
        PolicyCost estimate) {

    static PolicyCase of(String label, Network network, NetworkCostModel model, Map<String, LayerBits> policy,
            List<float[]> calibration) {
        Core core = model.core();
        QuantizedNetwork q = Quantizer.quantize(network, QuantizationSpec.perLayer(policy), calibration);
        KernelSelection kernels = KernelSelection.select(q, core, GenerationOptions.defaults());
        return new PolicyCase(label + " " + policy.values(), q, kernels, MemoryPlanner.plan(q, kernels),
                model.estimate(policy));
    }
}
