package org.mcuq.pipeline.bench;

import org.mcuq.boards.Board;

/**
 * One network at one precision, profiled on one board: one inference (whole-network region) and the firmware's
 * memory.
 *
 * @param model        the model's name
 * @param precision    e.g. "uniform W8A8"
 * @param board        the QEMU board
 * @param instructions instructions of one inference (exact)
 * @param cycles       estimated Cortex-M4 cycles of one inference
 * @param peakRam      .data + .bss + stack high-water, bytes
 * @param flash        flash of the firmware image, bytes
 * @param bitExact     whether the output matched the integer reference
 */
public record NetworkResult(String model, String precision, Board board, long instructions, long cycles,
        long peakRam, long flash, boolean bitExact) {

    /** Milliseconds of one inference at {@code hertz}, from the estimated cycles. */
    public double milliseconds(long hertz) {
        return cycles * 1000.0 / hertz;
    }
}
