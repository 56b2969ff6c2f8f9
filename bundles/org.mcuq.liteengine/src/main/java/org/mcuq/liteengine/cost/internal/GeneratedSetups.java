package org.mcuq.liteengine.cost.internal;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.KernelSelection;
import org.mcuq.liteengine.codegen.LayerKernel;
import org.mcuq.liteengine.codegen.internal.Requantizer;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/**
 * The kernel setups of a quantized network exactly as the code generator builds it: the kernels it selected and
 * the requantization path its real shifts take. Calibration measures these; tests compare the model's own
 * setups with them.
 */
public final class GeneratedSetups {

    private GeneratedSetups() {
    }

    public static List<KernelSetup> of(QuantizedNetwork network, KernelSelection kernels, Core core) {
        List<KernelSetup> setups = new ArrayList<>();
        List<QuantizedLayer> layers = network.layers();
        for (int step = 0; step < layers.size(); step++) {
            setups.add(setup(network, layers.get(step), kernels.kernel(layers.get(step).name()), step, core));
        }
        return setups;
    }

    private static KernelSetup setup(QuantizedNetwork network, QuantizedLayer layer, LayerKernel kernel, int step,
            Core core) {
        List<Shape> shapes = new ArrayList<>();
        List<TensorFormat> inputs = new ArrayList<>();
        for (String input : layer.inputs()) {
            shapes.add(network.shapeOf(input));
            inputs.add(TensorFormat.of(network.tensor(input)));
        }
        if (shapes.isEmpty()) {
            shapes.add(network.shapeOf(layer.name()));
            inputs.add(TensorFormat.of(layer.output()));
        }
        boolean weighted = layer instanceof QuantizedWeightedLayer;
        int weightBits = weighted ? ((QuantizedWeightedLayer) layer).weightBits() : 0;
        boolean highWord = weighted && new Requantizer((QuantizedWeightedLayer) layer).highWord();
        return new KernelSetup(layer.source(), step, core, kernel.kind(), shapes, network.shapeOf(layer.name()),
                inputs, TensorFormat.of(layer.output()), weightBits, kernel.plan(), highWord);
    }
}
