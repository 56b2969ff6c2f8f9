package org.mcuq.liteengine.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A static memory plan: every tensor's place in one activation arena (or in the caller's input buffer), each
 * layer's scratch, and the RAM and flash each layer needs. Steps are indices into
 * {@code QuantizedNetwork.layers()}; the network output is copied out at step {@code layers().size()}.
 */
public final class MemoryPlan {

    private final List<TensorPlacement> tensors;
    private final Map<String, TensorPlacement> byLayer = new LinkedHashMap<>();
    private final List<ScratchPlacement> scratch;
    private final List<LayerMemory> layers;
    private final int arenaBytes;

    public MemoryPlan(List<TensorPlacement> tensors, List<ScratchPlacement> scratch, List<LayerMemory> layers,
            int arenaBytes) {
        this.tensors = List.copyOf(tensors);
        this.scratch = List.copyOf(scratch);
        this.layers = List.copyOf(layers);
        this.arenaBytes = arenaBytes;
        tensors.forEach(t -> byLayer.put(t.layer(), t));
    }

    /** Every layer's output tensor, in execution order. */
    public List<TensorPlacement> tensors() {
        return tensors;
    }

    /** The output tensor of {@code layer}. */
    public TensorPlacement tensor(String layer) {
        TensorPlacement t = byLayer.get(layer);
        if (t == null) {
            throw new IllegalArgumentException("The memory plan has no tensor of layer '" + layer + "'.");
        }
        return t;
    }

    /** Scratch buffers of the layers that need one. */
    public List<ScratchPlacement> scratch() {
        return scratch;
    }

    /** Per-layer RAM and flash, in execution order. */
    public List<LayerMemory> layers() {
        return layers;
    }

    /** Size of the one static activation arena (tensors and scratch), a multiple of 4. */
    public int arenaBytes() {
        return arenaBytes;
    }

    /** The largest scratch buffer of any layer (included in the arena). */
    public int scratchBytes() {
        return scratch.stream().mapToInt(ScratchPlacement::bytes).max().orElse(0);
    }

    /** Flash bytes of all layers' constants. */
    public long constantBytes() {
        return layers.stream().mapToLong(LayerMemory::constantBytes).sum();
    }

    /** The most arena bytes in use at any step: a lower bound no placement can beat. */
    public int peakLiveBytes() {
        return layers.stream().mapToInt(LayerMemory::liveBytes).max().orElse(0);
    }

    /** A table of the plan. */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format(
                "arena %,d bytes (peak live %,d, largest scratch %,d), constants %,d bytes%n", arenaBytes,
                peakLiveBytes(), scratchBytes(), constantBytes()));
        for (LayerMemory layer : layers) {
            TensorPlacement t = tensor(layer.layer());
            text.append(String.format("  %3d %-24s %-26s @%7d %7d B %-8s live %7d scratch %6d flash %8d%n",
                    layer.step(), layer.layer(), t.layout(), t.offset(), t.bytes(), t.sharing(), layer.liveBytes(),
                    layer.scratchBytes(), layer.constantBytes()));
        }
        return text.toString();
    }
}
