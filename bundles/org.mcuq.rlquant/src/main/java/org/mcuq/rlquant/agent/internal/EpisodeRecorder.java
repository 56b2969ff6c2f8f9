package org.mcuq.rlquant.agent.internal;

import java.util.ArrayList;
import java.util.List;

import org.mcuq.rlquant.agent.LayerObservation;

/** The observations, actions and bit widths of the episode in progress, turned into transitions at its end. */
public final class EpisodeRecorder {

    private final List<LayerObservation> observations = new ArrayList<>();
    private final List<Double> actions = new ArrayList<>();
    private final List<Integer> bits = new ArrayList<>();

    public void record(LayerObservation observation, double action, int chosenBits) {
        observations.add(observation);
        actions.add(action);
        bits.add(chosenBits);
    }

    public int steps() {
        return observations.size();
    }

    /** The action of the last recorded step, 0 before the first. */
    public double lastAction() {
        return actions.isEmpty() ? 0 : actions.get(actions.size() - 1);
    }

    public double action(int step) {
        return actions.get(step);
    }

    public int bits(int step) {
        return bits.get(step);
    }

    /**
     * One transition per step carrying {@code reward}. {@code executed} holds the action actually applied at each
     * step (which may differ from the recorded one when the environment changed the policy); each next state sees
     * the executed previous action.
     */
    public List<Transition> transitions(double reward, double[] executed) {
        List<Transition> result = new ArrayList<>();
        double previous = 0;
        for (int t = 0; t < steps(); t++) {
            double[] state = observations.get(t).withPreviousAction(previous).features();
            boolean last = t == steps() - 1;
            double[] next = last ? state : observations.get(t + 1).withPreviousAction(executed[t]).features();
            result.add(new Transition(state, executed[t], reward, next, last));
            previous = executed[t];
        }
        return result;
    }
}
