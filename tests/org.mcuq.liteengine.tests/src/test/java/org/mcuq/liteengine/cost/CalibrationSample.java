package org.mcuq.liteengine.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.KernelSelection;
import org.mcuq.liteengine.cost.internal.Features;
import org.mcuq.liteengine.cost.internal.GeneratedSetups;
import org.mcuq.liteengine.cost.internal.KernelFeatures;
import org.mcuq.liteengine.cost.internal.KernelSetup;
import org.mcuq.liteengine.cost.internal.Metric;
import org.mcuq.liteengine.cost.internal.NetworkFeatures;
import org.mcuq.liteengine.memory.TensorLayout;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/**
 * One measured piece of generated code: a layer's kernel (its features for run time, or for code size) or a
 * network's run function outside its layers (step -1, kind {@value #RUN}), with what was measured.
 */
record CalibrationSample(String network, int step, String kind, String description, Features features,
        Features codeFeatures, Map<Metric, Double> measured) {

    static final String RUN = "RUN";

    /** Every layer with code of a network whose measurements are in {@code measured}, and its run function. */
    static List<CalibrationSample> of(QuantizedNetwork network, KernelSelection kernels, Core core,
            MeasuredLayers measured) {
        String name = network.network().name();
        List<CalibrationSample> samples = new ArrayList<>();
        int calls = 0;
        for (KernelSetup s : GeneratedSetups.of(network, kernels, core)) {
            if (s.kind() != KernelKind.NONE) {
                samples.add(new CalibrationSample(name, s.step(), s.kind().name(), SampleDump.describe(s),
                        KernelFeatures.runtime(s), KernelFeatures.code(s), values(measured, name, s.step())));
                calls++;
            }
        }
        String output = network.network().outputLayer().name();
        int outputBytes = TensorLayout.of(network.shapeOf(output).elements(), network.tensor(output)).bytes();
        Features run = NetworkFeatures.of(calls, outputBytes);
        samples.add(new CalibrationSample(name, -1, RUN, "run function", run, run, values(measured, name, -1)));
        return samples;
    }

    private static Map<Metric, Double> values(MeasuredLayers measured, String network, int step) {
        return measured.get(network, step).orElseThrow(() -> new IllegalStateException("No measurement of step "
                + step + " of " + network + "; delete the saved measurements to measure again"));
    }

    double value(Metric metric) {
        return measured.get(metric);
    }

    /** The features that predict {@code metric}. */
    Features features(Metric metric) {
        return metric == Metric.CODE ? codeFeatures : features;
    }
}
