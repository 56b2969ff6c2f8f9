package org.mcuq.rlquant.job;

import org.mcuq.liteengine.cost.PolicyCost;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.search.WeightedBits;

/**
 * One policy of the final comparison, fine-tuned with the same LSQ settings as the others.
 *
 * @param name         e.g. "RLQuant", "uniform W8A8"
 * @param policy       its widths
 * @param accuracy     accuracy of the fine-tuned, fake-quantized model on the evaluation data, 0..1
 * @param cost         LiteEngine's estimate on the board's core
 * @param withinBudget whether it meets every budget
 * @param weighted     its widths averaged over parameters and activation values
 */
public record ComparedPolicy(String name, BitWidthPolicy policy, double accuracy, PolicyCost cost,
        boolean withinBudget, WeightedBits weighted) {
}
