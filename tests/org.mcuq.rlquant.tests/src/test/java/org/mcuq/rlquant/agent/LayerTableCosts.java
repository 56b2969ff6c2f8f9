package org.mcuq.rlquant.agent;

import java.util.Map;

import org.mcuq.liteengine.quant.LayerBits;

/**
 * HAQ-style cost lookup for the budget tests: per layer, flash = weights x weight bits / 8, RAM = output elements x
 * activation bits / 8 (summed, as if every output stayed live), latency = MACs x max(weight, activation bits).
 */
record LayerTableCosts(Map<String, long[]> weightsElementsMacs) implements PolicyCostModel {

    @Override
    public PolicyCosts costs(BitWidthPolicy policy) {
        long latency = 0;
        long ram = 0;
        long flash = 0;
        for (String layer : policy.layers()) {
            LayerBits bits = policy.bits(layer);
            long[] figures = weightsElementsMacs.get(layer);
            flash += figures[0] * bits.weightBits() / 8;
            ram += figures[1] * bits.activationBits() / 8;
            latency += figures[2] * Math.max(bits.weightBits(), bits.activationBits());
        }
        return new PolicyCosts(latency, ram, flash);
    }
}
