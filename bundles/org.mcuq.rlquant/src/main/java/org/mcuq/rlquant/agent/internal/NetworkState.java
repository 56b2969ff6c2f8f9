package org.mcuq.rlquant.agent.internal;

import java.util.List;

/**
 * The learning state of an {@link ActorCritic}: Adam step counts, whether the networks compute in float (else
 * double) and, in order, the actor's parameters, Adam first and second moments, the same three for the critic, then
 * the target actor's and the target critic's parameters.
 */
public record NetworkState(int actorIterations, int criticIterations, boolean singlePrecision,
        List<double[]> arrays) {

    public static final int ARRAYS = 8;

    public NetworkState {
        if (arrays.size() != ARRAYS) {
            throw new IllegalArgumentException("A network state has " + ARRAYS + " arrays, got " + arrays.size()
                    + ".");
        }
        arrays = List.copyOf(arrays);
    }
}
