package org.mcuq.rlquant.agent.internal;

import java.util.List;

import org.mcuq.rlquant.agent.AgentConfig;
import org.mcuq.rlquant.agent.BitWidthPolicy;

/**
 * Everything a search needs to continue exactly where it stopped: settings and layers (to check the checkpoint
 * belongs to this search), episode count, noise width, reward baseline, the serialised random generator, the best
 * policy so far ({@code null} before the first episode), network and optimiser state and the replay buffer.
 */
public record AgentSnapshot(AgentConfig config, List<String> layers, int episodes, double sigma, double baseline,
        byte[] random, BitWidthPolicy bestPolicy, double bestReward, NetworkState networks,
        ReplayBuffer.Contents replay, int replayCapacity) {

    public AgentSnapshot {
        layers = List.copyOf(layers);
        random = random.clone();
    }

    @Override
    public byte[] random() {
        return random.clone();
    }
}
