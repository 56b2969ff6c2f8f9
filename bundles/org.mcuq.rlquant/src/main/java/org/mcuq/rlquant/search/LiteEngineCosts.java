package org.mcuq.rlquant.search;

import java.util.List;

import org.mcuq.liteengine.cost.NetworkCostModel;
import org.mcuq.liteengine.cost.PolicyCost;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.ObservationSpace;
import org.mcuq.rlquant.agent.PolicyCostModel;
import org.mcuq.rlquant.agent.PolicyCosts;
import org.mcuq.rlquant.agent.QuantizableLayer;

/**
 * LiteEngine's analytic cost model as the search sees it: latency in estimated Cortex-M4 cycles, RAM as the
 * network's static RAM (activation arena and output buffer), flash as its constants and kernel code. The start-up
 * code, stack and input buffer of the firmware come on top.
 */
public final class LiteEngineCosts implements PolicyCostModel {

    private final NetworkCostModel model;

    public LiteEngineCosts(NetworkCostModel model, ObservationSpace space) {
        List<String> searched = space.layers().stream().map(QuantizableLayer::name).toList();
        if (!searched.equals(model.layers())) {
            throw new SearchException("The search's layers " + searched + " differ from the layers LiteEngine "
                    + "quantizes " + model.layers() + "; the model has a layer the search cannot give bits to.");
        }
        this.model = model;
    }

    @Override
    public PolicyCosts costs(BitWidthPolicy policy) {
        PolicyCost cost = model.estimate(policy.asMap());
        return new PolicyCosts(cost.cycles(), cost.ramBytes(), cost.flashBytes());
    }

    /** The full per-layer estimate. */
    public PolicyCost estimate(BitWidthPolicy policy) {
        return model.estimate(policy.asMap());
    }
}
