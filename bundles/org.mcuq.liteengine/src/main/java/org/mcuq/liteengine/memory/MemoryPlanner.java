package org.mcuq.liteengine.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Flatten;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Softmax;
import org.mcuq.liteengine.memory.TensorPlacement.Sharing;
import org.mcuq.liteengine.memory.TensorPlacement.Storage;
import org.mcuq.liteengine.memory.internal.Buffer;
import org.mcuq.liteengine.memory.internal.FirstFitPlacer;
import org.mcuq.liteengine.memory.internal.Lifetimes;
import org.mcuq.liteengine.quant.QuantizedInput;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/**
 * Plans one static activation arena for a quantized network. Tensors are packed at their bit width
 * ({@link TensorLayout}). Each tensor lives from the step that writes it to its last reader; flatten, reshape and
 * softmax alias their input; a layer whose kernel allows it writes its output over an input that no later layer
 * reads ({@link KernelMemory#inPlaceInputs}); each kernel's scratch lives during its own step. The resulting
 * buffers are placed first-fit by decreasing size. The network input stays in the caller's buffer.
 */
public final class MemoryPlanner {

    private final QuantizedNetwork network;
    private final KernelMemory kernels;
    private final Lifetimes lifetimes;
    private final Map<String, Buffer> bufferOf = new HashMap<>();
    private final Map<String, Sharing> sharing = new HashMap<>();
    private final Map<String, String> sharedWith = new HashMap<>();
    private final Map<String, Buffer> scratchOf = new HashMap<>();
    private final List<Buffer> arenaBuffers = new ArrayList<>();
    private Buffer inputBuffer;

    private MemoryPlanner(QuantizedNetwork network, KernelMemory kernels) {
        this.network = network;
        this.kernels = kernels;
        this.lifetimes = new Lifetimes(network);
    }

    public static MemoryPlan plan(QuantizedNetwork network, KernelMemory kernels) {
        return new MemoryPlanner(network, kernels).plan();
    }

    private MemoryPlan plan() {
        List<QuantizedLayer> layers = network.layers();
        for (int step = 0; step < layers.size(); step++) {
            assignStorage(layers.get(step), step);
            addScratch(layers.get(step), step);
        }
        int arena = FirstFitPlacer.place(arenaBuffers);
        List<TensorPlacement> tensors = layers.stream().map(this::placement).toList();
        return new MemoryPlan(tensors, scratchPlacements(), layerMemory(tensors), arena);
    }

    private void assignStorage(QuantizedLayer layer, int step) {
        int lastRead = lifetimes.lastRead(layer.name());
        if (layer instanceof QuantizedInput) {
            inputBuffer = new Buffer(layout(layer).bytes(), step, lastRead);
            share(layer, inputBuffer, Sharing.OWN, null);
        } else if (isAlias(layer)) {
            String input = layer.inputs().get(0);
            share(layer, bufferOf.get(input), Sharing.ALIAS, input);
        } else {
            String victim = inPlaceVictim(layer, step);
            if (victim != null) {
                share(layer, bufferOf.get(victim), Sharing.IN_PLACE, victim);
            } else {
                Buffer own = new Buffer(layout(layer).bytes(), step, lastRead);
                arenaBuffers.add(own);
                share(layer, own, Sharing.OWN, null);
            }
        }
        bufferOf.get(layer.name()).extendTo(lastRead);
    }

    private void share(QuantizedLayer layer, Buffer buffer, Sharing how, String input) {
        bufferOf.put(layer.name(), buffer);
        sharing.put(layer.name(), how);
        if (input != null) {
            sharedWith.put(layer.name(), input);
        }
    }

    /** The first input the kernel may overwrite whose buffer is in the arena, ends here and is large enough. */
    private String inPlaceVictim(QuantizedLayer layer, int step) {
        for (int position : kernels.inPlaceInputs(layer)) {
            String input = layer.inputs().get(position);
            Buffer buffer = bufferOf.get(input);
            if (buffer != inputBuffer && buffer.end() <= step && layout(layer).bytes() <= buffer.bytes()) {
                return input;
            }
        }
        return null;
    }

    private void addScratch(QuantizedLayer layer, int step) {
        int bytes = kernels.scratchBytes(layer);
        if (bytes > 0) {
            Buffer scratch = new Buffer(bytes, step, step);
            scratchOf.put(layer.name(), scratch);
            arenaBuffers.add(scratch);
        }
    }

    private static boolean isAlias(QuantizedLayer layer) {
        return layer.source() instanceof Flatten || layer.source() instanceof Reshape
                || layer.source() instanceof Softmax;
    }

    private TensorLayout layout(QuantizedLayer layer) {
        return TensorLayout.of(network.shapeOf(layer.name()).elements(), layer.output());
    }

    private TensorPlacement placement(QuantizedLayer layer) {
        Buffer buffer = bufferOf.get(layer.name());
        boolean external = buffer == inputBuffer;
        return new TensorPlacement(layer.name(), layout(layer), external ? Storage.NETWORK_INPUT : Storage.ARENA,
                external ? 0 : buffer.offset(), lifetimes.step(layer.name()), lifetimes.lastRead(layer.name()),
                sharing.get(layer.name()), sharedWith.get(layer.name()));
    }

    private List<ScratchPlacement> scratchPlacements() {
        List<ScratchPlacement> placements = new ArrayList<>();
        for (QuantizedLayer layer : network.layers()) {
            Buffer b = scratchOf.get(layer.name());
            if (b != null) {
                placements.add(new ScratchPlacement(layer.name(), b.start(), b.offset(), b.bytes()));
            }
        }
        return placements;
    }

    private List<LayerMemory> layerMemory(List<TensorPlacement> tensors) {
        List<LayerMemory> result = new ArrayList<>();
        for (int step = 0; step < tensors.size(); step++) {
            QuantizedLayer layer = network.layers().get(step);
            Buffer scratch = scratchOf.get(layer.name());
            result.add(new LayerMemory(layer.name(), step, liveBytes(step), scratch == null ? 0 : scratch.bytes(),
                    kernels.constantBytes(layer)));
        }
        return result;
    }

    private int liveBytes(int step) {
        return arenaBuffers.stream().filter(b -> b.start() <= step && step <= b.end()).mapToInt(Buffer::bytes)
                .sum();
    }
}
