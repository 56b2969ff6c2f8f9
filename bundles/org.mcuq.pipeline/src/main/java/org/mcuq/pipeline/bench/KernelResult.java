package org.mcuq.pipeline.bench;

import java.util.Optional;

import org.mcuq.boards.Board;
import org.mcuq.liteengine.quant.LayerBits;

/**
 * One kernel measured on one core: exact instructions and estimated cycles of its region.
 *
 * @param layer        the layer shape
 * @param board        the QEMU board (its core)
 * @param engine       what ran it
 * @param bits         weight and activation bits (8/8 for the int8 baselines)
 * @param instructions instructions executed (exact)
 * @param cycles       estimated Cortex-M4 cycles
 * @param kernel       LiteEngine's kernel and plan, empty for the baselines
 */
public record KernelResult(BenchLayer layer, Board board, Engine engine, LayerBits bits, long instructions,
        long cycles, Optional<String> kernel) {

    /** What computed the layer. */
    public enum Engine {
        LITEENGINE("LiteEngine"), INT8("int8 im2col+SMLAD"), NAIVE("naive C int8");

        private final String label;

        Engine(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public long macs() {
        return layer.macs();
    }

    public double instructionsPerMac() {
        return (double) instructions / macs();
    }

    public double cyclesPerMac() {
        return (double) cycles / macs();
    }
}
