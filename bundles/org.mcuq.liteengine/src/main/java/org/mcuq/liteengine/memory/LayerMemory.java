package org.mcuq.liteengine.memory;

/**
 * Memory of one layer in the plan.
 *
 * @param layer         layer name
 * @param step          index in the execution order
 * @param liveBytes     arena bytes holding live tensors and this layer's scratch while the layer runs
 * @param scratchBytes  the layer's own scratch
 * @param constantBytes flash bytes of its packed weights, biases and requantization constants
 */
public record LayerMemory(String layer, int step, int liveBytes, int scratchBytes, long constantBytes) {
}
