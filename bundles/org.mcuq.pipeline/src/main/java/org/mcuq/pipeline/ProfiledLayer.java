package org.mcuq.pipeline;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One layer of a profiled inference.
 *
 * @param name           layer name
 * @param op             the layer's IR op, e.g. CONV2D
 * @param weightBits     weight bit width, empty for layers without weights
 * @param activationBits bit width of the layer's output
 * @param macs           multiply-accumulates of the layer
 * @param instructions   instructions executed in the layer's region (exact; 0 on a real board, which does not count
 *                       them)
 * @param cycles         cycles of the region: estimated by the profile's cycle model on QEMU, measured by the DWT
 *                       cycle counter on a real board
 * @param ramBytes       arena bytes live while the layer runs: its inputs, output and scratch
 * @param flashBytes     flash bytes of its constants: packed weights, biases, requantization constants
 */
public record ProfiledLayer(String name, String op, OptionalInt weightBits, int activationBits, long macs,
        long instructions, long cycles, long ramBytes, long flashBytes) {

    /** Instructions per multiply-accumulate; empty for layers without MACs (pooling, adds, ...). */
    public OptionalDouble instructionsPerMac() {
        return macs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) instructions / macs);
    }
}
