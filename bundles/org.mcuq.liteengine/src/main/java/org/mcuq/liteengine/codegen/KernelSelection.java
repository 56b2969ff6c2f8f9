package org.mcuq.liteengine.codegen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.liteengine.codegen.internal.KernelSelector;
import org.mcuq.liteengine.memory.KernelMemory;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/** The kernel of every layer of a network on one core; also what the memory planner needs to know of them. */
public final class KernelSelection implements KernelMemory {

    private final Map<String, LayerKernel> kernels = new LinkedHashMap<>();

    KernelSelection(List<LayerKernel> kernels) {
        kernels.forEach(k -> this.kernels.put(k.layer(), k));
    }

    /**
     * Chooses each layer's kernel. A plan forced in the options is verified and refused with the reason if it is
     * not provably overflow-free or does not fit the layer.
     *
     * @throws CodeGenerationException for a refused plan or a layer LiteEngine cannot run
     */
    public static KernelSelection select(QuantizedNetwork network, Core core, GenerationOptions options) {
        return new KernelSelection(KernelSelector.select(network, core, options));
    }

    public List<LayerKernel> kernels() {
        return List.copyOf(kernels.values());
    }

    public LayerKernel kernel(String layer) {
        LayerKernel kernel = kernels.get(layer);
        if (kernel == null) {
            throw new IllegalArgumentException("No kernel was selected for layer '" + layer + "'.");
        }
        return kernel;
    }

    @Override
    public int scratchBytes(QuantizedLayer layer) {
        return kernel(layer.name()).scratchBytes();
    }

    @Override
    public long constantBytes(QuantizedLayer layer) {
        return kernel(layer.name()).constantBytes();
    }

    @Override
    public List<Integer> inPlaceInputs(QuantizedLayer layer) {
        return kernel(layer.name()).inPlaceInputs();
    }

    /** One line per layer: kernel kind and the reason for it. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        kernels.values().forEach(k -> text.append(k.describe()).append('\n'));
        return text.toString();
    }
}
