package org.mcuq.rlquant.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The same seed gives the same search, through warm-up, noisy exploration and training. */
class AgentReproducibilityTest {

    static final AgentConfig QUICK = AgentConfig.defaults().withHiddenUnits(64).withBatchSize(16)
            .withWarmupEpisodes(5);

    private static BitWidthAgent agent(long seed) {
        return new BitWidthAgent(ToyProblem.space(), BitConstraints.defaults(), QUICK.withSeed(seed));
    }

    @Test
    void sameSeedGivesTheSameSequenceOfPolicies() {
        BitWidthAgent first = agent(42);
        BitWidthAgent second = agent(42);

        List<BitWidthPolicy> a = ToyProblem.run(first, 25);
        List<BitWidthPolicy> b = ToyProblem.run(second, 25);

        assertEquals(a, b);
        assertEquals(first.greedyPolicy(), second.greedyPolicy());
        assertEquals(first.rewardBaseline(), second.rewardBaseline());
    }

    @Test
    void otherSeedGivesAnotherSearch() {
        assertNotEquals(ToyProblem.run(agent(1), 8), ToyProblem.run(agent(2), 8));
    }
}
