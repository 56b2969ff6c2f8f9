package org.mcuq.liteengine.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;

/**
 * Networks at policies, each quantized and added to a profiled firmware, with the cost model's estimate of the
 * same policy, so that estimates and measurements can be compared layer by layer once the firmware has run.
 */
final class EstimateCheck {

    /** One network at one policy: its entry in the firmware and the model's estimate. */
    record Case(String label, ProfiledFirmware.Entry entry, PolicyCost estimate) {
    }

    /**
     * One layer with code: estimated and measured instructions and cycles, the constant bytes its C file declares
     * and those left in its compiled object (the compiler may fold small tables into code), and its code bytes.
     */
    record LayerComparison(Case c, LayerCost estimate, double instructions, double cycles, long declared,
            long compiledConstants, long code) {

        String op() {
            return c.entry().network().layers().get(estimate.step()).source().op() + " " + estimate.kind();
        }
    }

    private final ProfiledFirmware firmware;
    private final List<Case> cases = new ArrayList<>();
    private Measurements run;

    EstimateCheck(ProfiledFirmware firmware) {
        this.firmware = firmware;
    }

    void add(String label, Network network, NetworkCostModel model, Map<String, LayerBits> policy,
            List<float[]> calibration) {
        Network named = new Network(network.name() + "-" + cases.size(), network.layers());
        QuantizedNetwork q = Quantizer.quantize(named, QuantizationSpec.perLayer(policy), calibration);
        int[] input = q.quantizeInput(TestNetworks.between(new Random(label.hashCode()),
                network.inputLayer().shape().elements(), 0, 1));
        ProfiledFirmware.Entry entry = firmware.add(q, input, GenerationOptions.defaults());
        cases.add(new Case(label + " " + policy.values(), entry, model.estimate(policy)));
    }

    void run() {
        run = firmware.run();
    }

    List<Case> cases() {
        return cases;
    }

    long measuredInstructions(Case c) {
        return run.instructions(c.entry().networkRegion());
    }

    long measuredCycles(Case c) {
        return run.cycles(c.entry().networkRegion());
    }

    /** Every layer with code of every case. */
    List<LayerComparison> layers() {
        List<LayerComparison> layers = new ArrayList<>();
        for (Case c : cases) {
            for (LayerCost l : c.estimate().layers()) {
                if (l.kind() != KernelKind.NONE) {
                    int region = c.entry().layerRegion(l.step());
                    Measurements.ObjectBytes object = run.layerObject(c.entry().prefix(), l.step());
                    layers.add(new LayerComparison(c, l, run.instructions(region), run.cycles(region),
                            run.declaredConstants(c.entry().prefix(), l.step()), object.constants(), object.code()));
                }
            }
        }
        return layers;
    }
}
