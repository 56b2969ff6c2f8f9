package org.mcuq.liteengine.cost;

import java.util.List;

/**
 * What a bit-width policy costs on a core, per layer and in total.
 *
 * @param layers        every layer, in execution order (layers without code cost nothing but their tensor)
 * @param instructions  estimated instructions of one inference, layers plus the run function's own work
 * @param cycles        estimated cycles of one inference, as the boards profiler's Cortex-M4 cycle model
 *                      counts them on every core
 * @param arenaBytes    the static activation arena, exactly as the memory planner sizes it
 * @param outputBytes   the packed network output the caller's buffer receives
 * @param constantBytes flash bytes of all constant tables (packed weights, biases, requantization), exact
 * @param codeBytes     estimated bytes of machine code of the network's kernels and run function
 */
public record PolicyCost(List<LayerCost> layers, long instructions, long cycles, int arenaBytes, int outputBytes,
        long constantBytes, long codeBytes) {

    public PolicyCost {
        layers = List.copyOf(layers);
    }

    /** Static RAM of the network: the arena plus the output buffer (the stack and the input are the caller's). */
    public long ramBytes() {
        return (long) arenaBytes + outputBytes;
    }

    /** Flash of the network: constants plus code. */
    public long flashBytes() {
        return constantBytes + codeBytes;
    }

    /** The layer named {@code name}. */
    public LayerCost layer(String name) {
        return layers.stream().filter(l -> l.layer().equals(name)).findFirst().orElseThrow(
                () -> new CostModelException("The policy cost has no layer '" + name + "'; its layers are "
                        + layers.stream().map(LayerCost::layer).toList() + "."));
    }
}
