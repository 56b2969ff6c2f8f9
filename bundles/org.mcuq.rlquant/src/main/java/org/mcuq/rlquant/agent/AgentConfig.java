package org.mcuq.rlquant.agent;

/**
 * Hyper-parameters of the DDPG bit-width agent; {@link #defaults()} are HAQ's. Every episode after the
 * {@code warmupEpisodes} of uniform random actions adds truncated-normal noise of width {@code initialSigma} decayed
 * by {@code sigmaDecay} per episode, then runs {@code updatesPerStep} minibatch updates per step of the episode. The
 * replay buffer keeps the transitions of the last {@code replayEpisodes} episodes.
 */
public record AgentConfig(long seed, int warmupEpisodes, double initialSigma, double sigmaDecay,
        double actorLearningRate, double criticLearningRate, double tau, int batchSize, double discount,
        int replayEpisodes, int updatesPerStep, int hiddenUnits, double baselineAlpha) {

    public AgentConfig {
        requireAtLeast("warm-up episodes", warmupEpisodes, 0);
        requireIn("initial sigma", initialSigma, 0, Double.MAX_VALUE);
        requireIn("sigma decay", sigmaDecay, 0, 1);
        requirePositive("actor learning rate", actorLearningRate);
        requirePositive("critic learning rate", criticLearningRate);
        requireIn("tau", tau, 0, 1);
        requireAtLeast("batch size", batchSize, 1);
        requireIn("discount", discount, 0, 1);
        requireAtLeast("replay episodes", replayEpisodes, 1);
        requireAtLeast("updates per step", updatesPerStep, 0);
        requireAtLeast("hidden units", hiddenUnits, 1);
        requireIn("baseline alpha", baselineAlpha, 0, 1);
    }

    /**
     * HAQ's settings with seed 0: 20 warm-up episodes, sigma 0.5 decaying by 0.99, Adam 1e-4 (actor) / 1e-3
     * (critic), tau 0.01, minibatch 64, discount 1, 128 episodes of replay, one update per step, 300 hidden units,
     * baseline alpha 0.5.
     */
    public static AgentConfig defaults() {
        return new AgentConfig(0, 20, 0.5, 0.99, 1e-4, 1e-3, 0.01, 64, 1.0, 128, 1, 300, 0.5);
    }

    public AgentConfig withSeed(long newSeed) {
        return new AgentConfig(newSeed, warmupEpisodes, initialSigma, sigmaDecay, actorLearningRate,
                criticLearningRate, tau, batchSize, discount, replayEpisodes, updatesPerStep, hiddenUnits,
                baselineAlpha);
    }

    public AgentConfig withWarmupEpisodes(int episodes) {
        return new AgentConfig(seed, episodes, initialSigma, sigmaDecay, actorLearningRate, criticLearningRate, tau,
                batchSize, discount, replayEpisodes, updatesPerStep, hiddenUnits, baselineAlpha);
    }

    public AgentConfig withNoise(double sigma, double decay) {
        return new AgentConfig(seed, warmupEpisodes, sigma, decay, actorLearningRate, criticLearningRate, tau,
                batchSize, discount, replayEpisodes, updatesPerStep, hiddenUnits, baselineAlpha);
    }

    public AgentConfig withLearningRates(double actor, double critic) {
        return new AgentConfig(seed, warmupEpisodes, initialSigma, sigmaDecay, actor, critic, tau, batchSize,
                discount, replayEpisodes, updatesPerStep, hiddenUnits, baselineAlpha);
    }

    public AgentConfig withBatchSize(int size) {
        return new AgentConfig(seed, warmupEpisodes, initialSigma, sigmaDecay, actorLearningRate,
                criticLearningRate, tau, size, discount, replayEpisodes, updatesPerStep, hiddenUnits, baselineAlpha);
    }

    public AgentConfig withUpdatesPerStep(int updates) {
        return new AgentConfig(seed, warmupEpisodes, initialSigma, sigmaDecay, actorLearningRate,
                criticLearningRate, tau, batchSize, discount, replayEpisodes, updates, hiddenUnits, baselineAlpha);
    }

    public AgentConfig withReplayEpisodes(int episodes) {
        return new AgentConfig(seed, warmupEpisodes, initialSigma, sigmaDecay, actorLearningRate,
                criticLearningRate, tau, batchSize, discount, episodes, updatesPerStep, hiddenUnits, baselineAlpha);
    }

    public AgentConfig withHiddenUnits(int units) {
        return new AgentConfig(seed, warmupEpisodes, initialSigma, sigmaDecay, actorLearningRate,
                criticLearningRate, tau, batchSize, discount, replayEpisodes, updatesPerStep, units, baselineAlpha);
    }

    public AgentConfig withDiscount(double newDiscount) {
        return new AgentConfig(seed, warmupEpisodes, initialSigma, sigmaDecay, actorLearningRate,
                criticLearningRate, tau, batchSize, newDiscount, replayEpisodes, updatesPerStep, hiddenUnits,
                baselineAlpha);
    }

    private static void requireAtLeast(String what, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("Agent setting '" + what + "' must be at least " + min + ", got "
                    + value + ".");
        }
    }

    private static void requirePositive(String what, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException("Agent setting '" + what + "' must be positive and at most 1, got "
                    + value + ".");
        }
    }

    private static void requireIn(String what, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("Agent setting '" + what + "' must lie in [" + min + ", " + max
                    + "], got " + value + ".");
        }
    }
}
