package org.mcuq.rlquant.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.mcuq.liteengine.quant.LayerBits;

/** The episode protocol of the agent and the constraints it honours (small networks, few episodes). */
class BitWidthAgentTest {

    private static final AgentConfig SMALL = AgentConfig.defaults().withHiddenUnits(32).withBatchSize(16)
            .withWarmupEpisodes(4);

    private static BitWidthAgent agent(BitConstraints constraints, AgentConfig config) {
        return new BitWidthAgent(ToyProblem.space(), constraints, config);
    }

    @Test
    void warmUpActionsSpreadOverTheWholeRange() {
        BitWidthAgent agent = agent(BitConstraints.defaults(), SMALL.withWarmupEpisodes(20));
        Set<Integer> weightBits = new TreeSet<>();

        for (BitWidthPolicy policy : ToyProblem.run(agent, 20)) {
            policy.asMap().values().forEach(b -> weightBits.add(b.weightBits()));
        }

        assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), weightBits);
    }

    @Test
    void policiesStayWithinTheRangesAndLocks() {
        BitConstraints constraints = BitConstraints.defaults().withWeightRange(new BitRange(2, 6))
                .withActivationRange(new BitRange(3, 7)).withFirstAndLastPinned(ToyProblem.space(),
                        new LayerBits(8, 8));
        BitWidthAgent agent = agent(constraints, SMALL);

        for (BitWidthPolicy policy : ToyProblem.run(agent, 10)) {
            assertEquals(ToyProblem.TARGET.layers(), policy.layers());
            assertEquals(new LayerBits(8, 8), policy.bits("conv1"));
            assertEquals(new LayerBits(8, 8), policy.bits("fc4"));
            for (String middle : new String[] {"conv2", "dw3"}) {
                LayerBits bits = policy.bits(middle);
                assertTrue(bits.weightBits() >= 2 && bits.weightBits() <= 6, policy.toString());
                assertTrue(bits.activationBits() >= 3 && bits.activationBits() <= 7, policy.toString());
            }
        }
        assertEquals(new LayerBits(8, 8), agent.greedyPolicy().bits("fc4"));
    }

    @Test
    void observationsCarryThePreviousAction() {
        BitWidthAgent agent = agent(BitConstraints.defaults(), SMALL);
        agent.startEpisode();

        LayerObservation first = agent.nextObservation();
        int bits = agent.act(first);
        LayerObservation second = agent.nextObservation();

        assertEquals(0, first.value(ObservationFeature.PREVIOUS_ACTION));
        assertEquals(bits, BitRange.DEFAULT.bits(second.value(ObservationFeature.PREVIOUS_ACTION)));
        assertEquals(1, second.value(ObservationFeature.ACTIVATION_STEP));
        assertEquals(StepKind.ACTIVATION, second.kind());
    }

    @Test
    void noiseDecaysAfterTheWarmUp() {
        BitWidthAgent agent = agent(BitConstraints.defaults(), SMALL);

        ToyProblem.run(agent, 4);
        assertEquals(0.5, agent.noiseSigma());
        ToyProblem.run(agent, 3);

        assertEquals(0.5 * 0.99 * 0.99 * 0.99, agent.noiseSigma(), 1e-15);
        assertEquals(7, agent.episodeCount());
        assertEquals(7 * 8, agent.replaySize());
    }

    @Test
    void bestPolicyIsTheExecutedOneWithTheHighestReward() {
        BitWidthAgent agent = agent(BitConstraints.defaults(), SMALL);
        agent.proposePolicy();
        BitWidthPolicy executed = ToyProblem.policy(1, 1, 1, 1, 1, 1, 1, 1);

        agent.endEpisode(executed, 0.25);
        agent.proposePolicy();
        agent.endEpisode(0.1);

        assertEquals(executed, agent.bestPolicy().orElseThrow());
        assertEquals(0.25, agent.bestReward().orElseThrow());
    }

    @Test
    void protocolViolationsAreExplained() {
        BitWidthAgent agent = agent(BitConstraints.defaults(), SMALL);
        assertThrows(IllegalStateException.class, agent::nextObservation);
        agent.startEpisode();
        LayerObservation first = agent.nextObservation();
        agent.act(first);

        var stale = assertThrows(IllegalArgumentException.class, () -> agent.act(first));
        assertTrue(stale.getMessage().contains("Expected the observation of step 1"), stale.getMessage());
        assertThrows(IllegalStateException.class, () -> agent.endEpisode(0));
        assertThrows(IllegalStateException.class, agent::startEpisode);
        assertThrows(IllegalArgumentException.class, () -> new BitWidthAgent(ToyProblem.space(),
                BitConstraints.defaults().withLocked("nope", new LayerBits(8, 8)), SMALL));
    }
}
