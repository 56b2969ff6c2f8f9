package org.mcuq.rlquant.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.rlquant.agent.BitConstraints;
import org.mcuq.rlquant.agent.BitRange;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.ObservationSpace;
import org.mcuq.rlquant.agent.QuantizableLayer;

/** Uniformly random widths within the constraints (locked layers keep theirs), from a seed. */
public final class RandomPolicies {

    private final ObservationSpace space;
    private final BitConstraints constraints;
    private final Random random;

    public RandomPolicies(ObservationSpace space, BitConstraints constraints, long seed) {
        this.space = space;
        this.constraints = constraints;
        this.random = new Random(seed);
    }

    public BitWidthPolicy next() {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        for (QuantizableLayer layer : space.layers()) {
            LayerBits drawn = new LayerBits(draw(constraints.weightRange()), draw(constraints.activationRange()));
            bits.put(layer.name(), constraints.locked(layer.name()).orElse(drawn));
        }
        return BitWidthPolicy.of(bits);
    }

    private int draw(BitRange range) {
        return range.min() + random.nextInt(range.max() - range.min() + 1);
    }
}
