package org.mcuq.rlquant.search;

import org.mcuq.rlquant.agent.AgentConfig;
import org.mcuq.rlquant.agent.BitConstraints;
import org.mcuq.rlquant.agent.Budgets;
import org.mcuq.rlquant.lsq.LsqOptions;

/**
 * How a search runs.
 *
 * @param episodes          policies to try (agent episodes, or random draws for the baseline)
 * @param budgets           latency, RAM and flash limits every tried policy is made to fit
 * @param constraints       bit ranges and locked layers
 * @param agent             the DDPG agent's settings; its seed also seeds the random baseline
 * @param episodeLsq        LSQ settings of the brief fine-tune in every episode (one pass over the episode subset)
 * @param episodeSamples    training samples of that brief fine-tune (a fixed, seeded subset)
 * @param validationSamples samples held out of the training data to score every policy
 */
public record SearchSettings(int episodes, Budgets budgets, BitConstraints constraints, AgentConfig agent,
        LsqOptions episodeLsq, int episodeSamples, int validationSamples) {

    public SearchSettings {
        if (episodes < 1) {
            throw new IllegalArgumentException("A search needs at least one episode, got " + episodes + ".");
        }
        if (episodeSamples < 1 || validationSamples < 1) {
            throw new IllegalArgumentException("A search needs training and validation samples, got "
                    + episodeSamples + " and " + validationSamples + ".");
        }
    }

    /**
     * {@code episodes} episodes with HAQ's agent (warm-up of a quarter of the episodes, at most 20), one pass of
     * LSQ over 2,048 samples per episode and 3,000 validation samples, all seeded with {@code seed}. At 98 %
     * accuracy, 3,000 samples put the standard error of a score at 0.26 pt, against 0.44 pt with 1,000: below the
     * gaps between the policies a search must tell apart, for about half a second more per episode on LeNet-5.
     */
    public static SearchSettings defaults(int episodes, long seed, Budgets budgets, BitConstraints constraints) {
        AgentConfig agent = AgentConfig.defaults().withSeed(seed).withWarmupEpisodes(Math.min(20,
                Math.max(1, episodes / 4)));
        return new SearchSettings(episodes, budgets, constraints, agent, LsqOptions.defaults().withSeed(seed), 2048,
                3000);
    }

    public long seed() {
        return agent.seed();
    }
}
