package org.mcuq.rlquant.agent.internal;

/**
 * One step of an episode as DDPG learns from it: the state, the action taken, the episode's reward and the next
 * state ({@code terminal} for the episode's last step, whose next state is unused).
 */
public record Transition(double[] state, double action, double reward, double[] nextState, boolean terminal) {

    public Transition {
        state = state.clone();
        nextState = nextState.clone();
    }

    @Override
    public double[] state() {
        return state.clone();
    }

    @Override
    public double[] nextState() {
        return nextState.clone();
    }

    /** The state without a copy, for batching. */
    double[] stateView() {
        return state;
    }

    double[] nextStateView() {
        return nextState;
    }
}
