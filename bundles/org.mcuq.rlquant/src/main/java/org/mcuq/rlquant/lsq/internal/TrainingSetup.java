package org.mcuq.rlquant.lsq.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.data.Dataset;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.rlquant.lsq.StepInit;

/**
 * Everything fine-tuning starts from. The engine decides every tensor's bits and signedness: the network is
 * quantized once with post-training calibration, which also validates the spec. With LSQ's initialisation the
 * calibrated steps are not used, so one sample suffices for that quantization.
 *
 * @param prepared the network as the engine quantizes it (batch-norms folded, activations fused)
 * @param spec     the given bits with the input's signedness declared
 * @param graph    the training graph
 */
public record TrainingSetup(Network prepared, QuantizationSpec spec, LsqGraph graph) {

    public static TrainingSetup create(Network network, QuantizationSpec bits, List<float[]> samples,
            StepInit init) {
        Nd4jSetup.prepare();
        Network prepared = Quantizer.prepare(network);
        QuantizationSpec spec = bits.withInputSigned(bits.inputSigned().orElseGet(() -> anyNegative(samples)));
        QuantizedNetwork calibrated = Quantizer.quantize(prepared, spec,
                init == StepInit.LSQ ? samples.subList(0, 1) : samples);
        Map<String, TensorQuantization> formats = formats(calibrated);
        InitialSteps steps = init == StepInit.LSQ ? StepInitializer.lsq(prepared, formats, spec, samples)
                : StepInitializer.calibrated(calibrated);
        return new TrainingSetup(prepared, spec, GraphBuilder.build(prepared, formats, spec, steps));
    }

    /** The first {@code n} samples of {@code data} (all if it has fewer). */
    public static List<float[]> firstSamples(Dataset data, int n) {
        List<float[]> samples = new ArrayList<>();
        for (int i = 0; i < Math.min(n, data.count()); i++) {
            samples.add(data.sample(i));
        }
        return samples;
    }

    private static Map<String, TensorQuantization> formats(QuantizedNetwork quantized) {
        Map<String, TensorQuantization> formats = new LinkedHashMap<>();
        for (QuantizedLayer layer : quantized.layers()) {
            formats.put(layer.name(), layer.output());
        }
        return formats;
    }

    private static boolean anyNegative(List<float[]> samples) {
        for (float[] sample : samples) {
            for (float v : sample) {
                if (v < 0f) {
                    return true;
                }
            }
        }
        return false;
    }
}
