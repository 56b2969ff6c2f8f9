package org.mcuq.liteengine.reference.internal;

import org.mcuq.liteengine.quant.IntegerArithmetic;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/** Stores one pixel's int32 accumulators as requantized, clamped outputs. */
final class Requantization {

    private Requantization() {
    }

    /** {@code y[base + c] = clamp(requantize(acc[c], multiplier[c], shift[c]))} for every channel. */
    static void store(QuantizedWeightedLayer q, int[] acc, int[] y, int base) {
        for (int c = 0; c < acc.length; c++) {
            y[base + c] = IntegerArithmetic.clamp(
                    IntegerArithmetic.requantize(acc[c], q.multipliers()[c], q.shifts()[c]), q.clampMin(),
                    q.clampMax());
        }
    }
}
