package org.mcuq.rlquant.agent.internal;

import java.util.List;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * DDPG's four networks (actor, critic and their slowly following targets) with Adam for the actor and the critic.
 * The actor is trained to maximise the critic's value of its own action: -1/n dQ/da comes from back-propagating
 * through the critic to its action input, and is then back-propagated into the actor; the critic is not changed.
 * States are rows of features; all arrays live in a workspace for the duration of one call.
 */
public final class ActorCritic {

    private final DataType dataType;
    private final Mlp actor;
    private final Mlp critic;
    private final Mlp targetActor;
    private final Mlp targetCritic;
    private final Adam actorOptimiser;
    private final Adam criticOptimiser;

    /** Networks with two hidden layers of {@code hiddenUnits}, initialised from {@code seed}. */
    public ActorCritic(int stateSize, int hiddenUnits, double actorRate, double criticRate, long seed,
            DataType dataType) {
        Nd4jRuntime.prepare();
        Random init = new Random(seed);
        this.dataType = dataType;
        this.actor = new Mlp(new int[] {stateSize, hiddenUnits, hiddenUnits, 1}, Mlp.Output.SIGMOID, init, dataType);
        this.critic = new Mlp(new int[] {stateSize + 1, hiddenUnits, hiddenUnits, 1}, Mlp.Output.IDENTITY, init,
                dataType);
        this.targetActor = actor.copy();
        this.targetCritic = critic.copy();
        this.actorOptimiser = new Adam(actor.parameters(), actorRate);
        this.criticOptimiser = new Adam(critic.parameters(), criticRate);
    }

    /** The actor's action in one state. */
    public double action(double[] state) {
        return actions(new double[][] {state})[0];
    }

    /** The actor's action in each state. */
    public double[] actions(double[][] states) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            return column(actor.output(matrix(states)));
        }
    }

    /** The critic's value of each (state, action). */
    public double[] values(double[][] states, double[] actions) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            return column(critic.output(Nd4j.hstack(matrix(states), columnArray(actions))));
        }
    }

    /** The target critic's value of the target actor's action in each state. */
    public double[] targetValues(double[][] states) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            INDArray s = matrix(states);
            return column(targetCritic.output(Nd4j.hstack(s, targetActor.output(s))));
        }
    }

    /** One Adam step on the mean squared error between the critic's values and {@code targets}; returns the loss. */
    public double trainCritic(double[][] states, double[] actions, double[] targets) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            List<INDArray> activations = critic.forward(Nd4j.hstack(matrix(states), columnArray(actions)));
            INDArray error = activations.get(activations.size() - 1).sub(columnArray(targets));
            double loss = error.mul(error).meanNumber().doubleValue();
            criticOptimiser.step(critic.backward(activations, error.muli(2.0 / states.length)).parameters());
            return loss;
        }
    }

    /** One Adam step of the actor up the critic's value of the actor's actions in {@code states}. */
    public void trainActor(double[][] states) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            actorOptimiser.step(actorLossGradient(matrix(states)));
        }
    }

    /** d(-mean Q(s, actor(s)))/d(actor parameters), flattened in {@link #actorParameters()} order. */
    public double[] actorParameterGradient(double[][] states) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            return vector(actorLossGradient(matrix(states)));
        }
    }

    /** dQ/da of the critic at each (state, action). */
    public double[] actionGradient(double[][] states, double[] actions) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            return column(actionGradient(matrix(states), columnArray(actions), 1.0));
        }
    }

    /** Moves each target network a fraction {@code tau} of the way to its online network. */
    public void softUpdateTargets(double tau) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            targetActor.follow(actor, tau);
            targetCritic.follow(critic, tau);
        }
    }

    /** The actor's parameters, layer by layer (weights row-major, then biases). */
    public double[] actorParameters() {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            return vector(actor.parameters());
        }
    }

    /** Overwrites the actor's parameters (same layout as {@link #actorParameters()}). */
    public void setActorParameters(double[] values) {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            assign(actor.parameters(), values);
        }
    }

    /** The complete learning state, for checkpoints. */
    public NetworkState state() {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            return new NetworkState(actorOptimiser.steps(), criticOptimiser.steps(), dataType == DataType.FLOAT,
                    stateArrays().stream().map(ActorCritic::vector).toList());
        }
    }

    /** Restores a state taken by {@link #state()} from networks of the same shape and precision. */
    public void restore(NetworkState state) {
        List<INDArray> arrays = stateArrays();
        for (int i = 0; i < arrays.size(); i++) {
            if (arrays.get(i).length() != state.arrays().get(i).length
                    || state.singlePrecision() != (dataType == DataType.FLOAT)) {
                throw new IllegalArgumentException("Network state " + i + " holds " + state.arrays().get(i).length
                        + " values for networks of " + arrays.get(i).length() + " (" + dataType + ").");
            }
        }
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            for (int i = 0; i < arrays.size(); i++) {
                assign(arrays.get(i), state.arrays().get(i));
            }
        }
        actorOptimiser.restoreSteps(state.actorIterations());
        criticOptimiser.restoreSteps(state.criticIterations());
    }

    private List<INDArray> stateArrays() {
        return List.of(actor.parameters(), actorOptimiser.firstMoment(), actorOptimiser.secondMoment(),
                critic.parameters(), criticOptimiser.firstMoment(), criticOptimiser.secondMoment(),
                targetActor.parameters(), targetCritic.parameters());
    }

    private INDArray actorLossGradient(INDArray states) {
        List<INDArray> activations = actor.forward(states);
        INDArray chosen = activations.get(activations.size() - 1);
        INDArray lossGradient = actionGradient(states, chosen, -1.0 / states.rows());
        return actor.backward(activations, lossGradient).parameters();
    }

    /** scale * dQ/da for each row, through the critic (whose parameters are left alone). */
    private INDArray actionGradient(INDArray states, INDArray actions, double scale) {
        List<INDArray> activations = critic.forward(Nd4j.hstack(states, actions));
        INDArray upstream = Nd4j.zeros(dataType, states.rows(), 1).addi(scale);
        INDArray inputGradient = critic.inputGradient(activations, upstream);
        long last = inputGradient.columns() - 1;
        return inputGradient.get(NDArrayIndex.all(), NDArrayIndex.interval(last, last + 1));
    }

    private INDArray matrix(double[][] rows) {
        return Nd4j.createFromArray(rows).castTo(dataType);
    }

    private INDArray columnArray(double[] values) {
        return Nd4j.createFromArray(values).reshape(values.length, 1).castTo(dataType);
    }

    private static double[] column(INDArray array) {
        return array.castTo(DataType.DOUBLE).reshape(array.length()).toDoubleVector();
    }

    private static double[] vector(INDArray array) {
        return array.castTo(DataType.DOUBLE).reshape(array.length()).toDoubleVector();
    }

    private void assign(INDArray target, double[] values) {
        target.assign(Nd4j.createFromArray(values).reshape(target.shape()).castTo(dataType));
    }
}
