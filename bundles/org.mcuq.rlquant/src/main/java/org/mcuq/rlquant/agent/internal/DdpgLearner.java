package org.mcuq.rlquant.agent.internal;

import java.util.List;
import java.util.Random;

import org.mcuq.rlquant.agent.AgentConfig;

/**
 * DDPG updates from a replay buffer, as HAQ runs them: each minibatch's rewards have a moving-average baseline
 * subtracted (updated with the batch mean), the critic regresses on r + discount * Q'(s', actor'(s')) (no bootstrap
 * after the last step), the actor climbs the critic, and the targets follow softly.
 */
public final class DdpgLearner {

    private final ActorCritic networks;
    private final ReplayBuffer replay;
    private final AgentConfig config;
    private double baseline = Double.NaN;

    public DdpgLearner(ActorCritic networks, int replayCapacity, AgentConfig config) {
        this.networks = networks;
        this.replay = new ReplayBuffer(replayCapacity);
        this.config = config;
    }

    public void remember(List<Transition> transitions) {
        transitions.forEach(replay::add);
    }

    /** Runs {@code updates} minibatch updates once the buffer holds a minibatch; returns how many ran. */
    public int train(int updates, Random rng) {
        if (replay.size() < config.batchSize()) {
            return 0;
        }
        for (int i = 0; i < updates; i++) {
            update(replay.sample(rng, config.batchSize()));
        }
        return updates;
    }

    /** The reward baseline, NaN before the first update. */
    public double baseline() {
        return baseline;
    }

    public void restoreBaseline(double restored) {
        this.baseline = restored;
    }

    public ReplayBuffer replay() {
        return replay;
    }

    private void update(List<Transition> batch) {
        int n = batch.size();
        double[][] states = new double[n][];
        double[][] nextStates = new double[n][];
        double[] actions = new double[n];
        for (int i = 0; i < n; i++) {
            states[i] = batch.get(i).stateView();
            nextStates[i] = batch.get(i).nextStateView();
            actions[i] = batch.get(i).action();
        }
        double[] targets = targets(batch, networks.targetValues(nextStates));
        networks.trainCritic(states, actions, targets);
        networks.trainActor(states);
        networks.softUpdateTargets(config.tau());
    }

    private double[] targets(List<Transition> batch, double[] nextValues) {
        double mean = batch.stream().mapToDouble(Transition::reward).average().orElseThrow();
        baseline = Double.isNaN(baseline) ? mean : baseline + config.baselineAlpha() * (mean - baseline);
        double[] y = new double[batch.size()];
        for (int i = 0; i < y.length; i++) {
            Transition t = batch.get(i);
            double bootstrap = t.terminal() ? 0 : config.discount() * nextValues[i];
            y[i] = t.reward() - baseline + bootstrap;
        }
        return y;
    }
}
