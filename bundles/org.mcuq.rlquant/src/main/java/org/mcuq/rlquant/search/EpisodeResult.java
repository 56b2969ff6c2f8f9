package org.mcuq.rlquant.search;

import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.PolicyCosts;

/**
 * One tried policy.
 *
 * @param episode  1-based episode number within its search
 * @param policy   the policy evaluated (after budget enforcement)
 * @param accuracy validation accuracy after the brief fine-tune, 0..1
 * @param costs    the cost model's estimate
 * @param reward   what the agent was given
 * @param cached   true if an identical policy was evaluated before and its accuracy reused
 */
public record EpisodeResult(int episode, BitWidthPolicy policy, double accuracy, PolicyCosts costs, double reward,
        boolean cached) {
}
