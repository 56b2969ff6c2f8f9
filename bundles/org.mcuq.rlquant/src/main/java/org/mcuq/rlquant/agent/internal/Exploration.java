package org.mcuq.rlquant.agent.internal;

import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * HAQ's exploration: uniform random actions during the warm-up episodes, then the actor's action disturbed by
 * normal noise truncated to [0, 1], whose width decays geometrically after every noisy episode.
 */
public final class Exploration {

    private static final int MAX_DRAWS = 1000;

    private final int warmupEpisodes;
    private final double decay;
    private double sigma;

    public Exploration(int warmupEpisodes, double initialSigma, double decay) {
        this.warmupEpisodes = warmupEpisodes;
        this.sigma = initialSigma;
        this.decay = decay;
    }

    public boolean isWarmup(int episode) {
        return episode < warmupEpisodes;
    }

    /** The action to take in {@code episode} (0-based); the actor is only asked after the warm-up. */
    public double action(DoubleSupplier actorAction, int episode, Random rng) {
        return isWarmup(episode) ? rng.nextDouble() : truncatedNormal(actorAction.getAsDouble(), sigma, rng);
    }

    /** Decays the noise after a noisy episode. */
    public void episodeFinished(int episode) {
        if (!isWarmup(episode)) {
            sigma *= decay;
        }
    }

    public double sigma() {
        return sigma;
    }

    public void restoreSigma(double restored) {
        this.sigma = restored;
    }

    /** A draw from N(mean, sigma) conditioned on [0, 1], by rejection; the clamped mean if that keeps failing. */
    static double truncatedNormal(double mean, double sigma, Random rng) {
        double centre = Math.max(0, Math.min(1, mean));
        if (sigma <= 0) {
            return centre;
        }
        for (int i = 0; i < MAX_DRAWS; i++) {
            double x = mean + sigma * rng.nextGaussian();
            if (x >= 0 && x <= 1) {
                return x;
            }
        }
        return centre;
    }
}
