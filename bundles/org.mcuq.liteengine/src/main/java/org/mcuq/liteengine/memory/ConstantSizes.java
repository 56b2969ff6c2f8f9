package org.mcuq.liteengine.memory;

import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/** Flash bytes of a layer's constants in the densest plain format. */
public final class ConstantSizes {

    /** Bytes per output channel besides the weights: int32 bias, int32 multiplier, one shift byte. */
    public static final int PER_CHANNEL = 9;

    private ConstantSizes() {
    }

    /**
     * Weights bit-packed at their width ({@code ceil(count * bits / 8)}), plus {@value #PER_CHANNEL} bytes per
     * output channel for a weighted layer; 4 bytes per input multiplier for a scaled sum; 0 otherwise.
     */
    public static long plain(QuantizedLayer layer) {
        if (layer instanceof QuantizedWeightedLayer w) {
            return ((long) w.weights().length * w.weightBits() + 7) / 8 + (long) PER_CHANNEL * w.channels();
        }
        if (layer instanceof QuantizedScaledSum s) {
            return 4L * s.multipliers().length;
        }
        return 0;
    }
}
