package org.mcuq.rlquant.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The actor's gradient flows through the critic: checked against central finite differences (in double precision)
 * and by training an actor against a critic that has learnt where the best action lies.
 */
class ActorCriticGradientTest {

    private static final int STATE = 10;
    private static final double H = 1e-6;

    private static ActorCritic networks(long seed, double actorRate) {
        return new ActorCritic(STATE, 24, actorRate, 1e-2, seed, DataType.DOUBLE);
    }

    private static double[][] states(Random rng, int rows) {
        double[][] states = new double[rows][STATE];
        for (double[] row : states) {
            Arrays.setAll(row, j -> rng.nextDouble());
        }
        return states;
    }

    private static double[] actions(Random rng, int rows) {
        double[] actions = new double[rows];
        Arrays.setAll(actions, i -> rng.nextDouble());
        return actions;
    }

    @Test
    void actionGradientMatchesFiniteDifferencesOfTheCritic() {
        ActorCritic ac = networks(3, 1e-3);
        Random rng = new Random(5);
        double[][] states = states(rng, 6);
        double[] actions = actions(rng, 6);

        double[] gradient = ac.actionGradient(states, actions);

        for (int i = 0; i < 6; i++) {
            double[] up = actions.clone();
            double[] down = actions.clone();
            up[i] += H;
            down[i] -= H;
            double numeric = (ac.values(states, up)[i] - ac.values(states, down)[i]) / (2 * H);
            assertEquals(numeric, gradient[i], 1e-9 + 1e-5 * Math.abs(numeric), "sample " + i);
        }
        assertTrue(Arrays.stream(gradient).anyMatch(g -> g != 0), "a fresh critic still depends on the action");
    }

    @Test
    void actorParameterGradientMatchesFiniteDifferencesOfMinusMeanQ() {
        ActorCritic ac = networks(7, 1e-3);
        double[][] states = states(new Random(11), 8);
        double[] parameters = ac.actorParameters();

        double[] gradient = ac.actorParameterGradient(states);

        int nonZero = 0;
        for (int index = 0; index < parameters.length; index += 13) {
            double numeric = (actorLossWith(ac, states, parameters, index, H)
                    - actorLossWith(ac, states, parameters, index, -H)) / (2 * H);
            assertEquals(numeric, gradient[index], 1e-10 + 1e-5 * Math.abs(numeric), "parameter " + index);
            nonZero += numeric != 0 ? 1 : 0;
        }
        ac.setActorParameters(parameters);
        assertTrue(nonZero > 20, "only " + nonZero + " checked parameters had a non-zero gradient");
    }

    @Test
    void actorTrainingLeavesTheCriticAlone() {
        ActorCritic ac = networks(23, 1e-3);
        Random rng = new Random(29);
        double[][] states = states(rng, 16);
        double[] probe = actions(rng, 16);
        double[] before = ac.values(states, probe);

        ac.trainActor(states);

        assertTrue(Arrays.equals(before, ac.values(states, probe)), "critic values changed");
    }

    @Test
    void actorClimbsToTheActionTheCriticValuesMost() {
        ActorCritic ac = networks(13, 1e-2);
        Random rng = new Random(17);
        for (int i = 0; i < 600; i++) {
            double[] a = actions(rng, 32);
            double[] targets = Arrays.stream(a).map(x -> -Math.abs(x - 0.8)).toArray();
            ac.trainCritic(states(rng, 32), a, targets);
        }
        double[][] probe = states(new Random(19), 8);
        double before = Arrays.stream(ac.actions(probe)).average().orElseThrow();

        for (int i = 0; i < 800; i++) {
            ac.trainActor(states(rng, 32));
        }

        double[] after = ac.actions(probe);
        assertEquals(0.5, before, 0.01, "the actor starts near 0.5");
        for (int i = 0; i < probe.length; i++) {
            double best = criticArgmax(ac, probe[i]);
            assertEquals(0.8, best, 0.1, "the critic has learnt roughly where the best action is");
            assertEquals(best, after[i], 0.05, "state " + i + ": actor " + after[i] + ", critic's best " + best);
        }
    }

    /** The action in 0, 0.01, ..., 1 the critic values most in {@code state}. */
    private static double criticArgmax(ActorCritic ac, double[] state) {
        double[] grid = new double[101];
        Arrays.setAll(grid, i -> i / 100.0);
        double[][] states = new double[grid.length][];
        Arrays.fill(states, state);
        double[] values = ac.values(states, grid);
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return grid[best];
    }

    /** -mean Q(s, actor(s)) with actor parameter {@code index} moved by {@code h}. */
    private static double actorLossWith(ActorCritic ac, double[][] states, double[] parameters, int index,
            double h) {
        double[] moved = parameters.clone();
        moved[index] += h;
        ac.setActorParameters(moved);
        return -Arrays.stream(ac.values(states, ac.actions(states))).average().orElseThrow();
    }
}
