package org.mcuq.rlquant.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mcuq.liteengine.quant.LayerBits;

/**
 * A fake four-layer network whose reward prefers a known bit pattern: reward = -sum |bits - target| / 8 over every
 * weight and activation width, so 0 is the target and -1 means eight bits off in total.
 */
final class ToyProblem {

    static final List<QuantizableLayer> LAYERS = List.of(new QuantizableLayer("conv1", 0, false, 3, 16, 1, 3, 432,
            1024), new QuantizableLayer("conv2", 1, false, 16, 32, 2, 3, 4608, 1024),
            new QuantizableLayer("dw3", 2, true, 32, 32, 1, 3, 288, 256),
            new QuantizableLayer("fc4", 3, false, 32, 10, 1, 1, 320, 1));

    static final BitWidthPolicy TARGET = policy(6, 3, 2, 7, 8, 4, 3, 5);

    private ToyProblem() {
    }

    static ObservationSpace space() {
        return new ObservationSpace(LAYERS);
    }

    static double reward(BitWidthPolicy policy) {
        return -bitsOff(policy) / 8.0;
    }

    /** Total distance in bits from the target. */
    static int bitsOff(BitWidthPolicy policy) {
        int off = 0;
        for (String layer : TARGET.layers()) {
            LayerBits want = TARGET.bits(layer);
            LayerBits got = policy.bits(layer);
            off += Math.abs(want.weightBits() - got.weightBits()) + Math.abs(want.activationBits()
                    - got.activationBits());
        }
        return off;
    }

    /** The best reward of {@code episodes} uniformly random policies. */
    static double randomSearch(long seed, int episodes) {
        Random rng = new Random(seed);
        double best = Double.NEGATIVE_INFINITY;
        for (int e = 0; e < episodes; e++) {
            Map<String, LayerBits> bits = new LinkedHashMap<>();
            LAYERS.forEach(l -> bits.put(l.name(), new LayerBits(1 + rng.nextInt(8), 1 + rng.nextInt(8))));
            best = Math.max(best, reward(BitWidthPolicy.of(bits)));
        }
        return best;
    }

    /** Runs {@code episodes} episodes rewarded by {@link #reward}; returns the policies proposed. */
    static List<BitWidthPolicy> run(BitWidthAgent agent, int episodes) {
        List<BitWidthPolicy> policies = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            BitWidthPolicy policy = agent.proposePolicy();
            agent.endEpisode(reward(policy));
            policies.add(policy);
        }
        return policies;
    }

    static BitWidthPolicy policy(int... wa) {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            bits.put(LAYERS.get(i).name(), new LayerBits(wa[2 * i], wa[2 * i + 1]));
        }
        return BitWidthPolicy.of(bits);
    }
}
