package org.mcuq.liteengine.memory;

import java.util.List;

import org.mcuq.liteengine.quant.QuantizedLayer;

/**
 * What the memory planner needs to know about the kernel that runs each layer: its scratch RAM, its constant
 * (flash) bytes, and which inputs its access order lets it overwrite with its output.
 */
public interface KernelMemory {

    /** Bytes of scratch RAM the layer's kernel needs while it runs (im2col columns, packed activations, planes). */
    int scratchBytes(QuantizedLayer layer);

    /** Bytes of constants in flash: packed weights, biases, requantization multipliers and shifts. */
    long constantBytes(QuantizedLayer layer);

    /**
     * Positions (in {@link QuantizedLayer#inputs()} order, preferred first) of the inputs whose storage the
     * kernel may reuse for its output because it reads every element before overwriting it. The planner uses one
     * only when that input is not read later and lies in the arena.
     */
    List<Integer> inPlaceInputs(QuantizedLayer layer);

    /** No scratch, no in-place execution; constants counted by {@link ConstantSizes#plain}. */
    static KernelMemory plain() {
        return new KernelMemory() {
            @Override
            public int scratchBytes(QuantizedLayer layer) {
                return 0;
            }

            @Override
            public long constantBytes(QuantizedLayer layer) {
                return ConstantSizes.plain(layer);
            }

            @Override
            public List<Integer> inPlaceInputs(QuantizedLayer layer) {
                return List.of();
            }
        };
    }
}
