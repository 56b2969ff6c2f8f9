package org.mcuq.rlquant.agent;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;

import org.mcuq.ir.Network;
import org.mcuq.ir.io.AtomicFile;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.rlquant.agent.internal.ActorCritic;
import org.mcuq.rlquant.agent.internal.AgentSnapshot;
import org.mcuq.rlquant.agent.internal.CheckpointCodec;
import org.mcuq.rlquant.agent.internal.DdpgLearner;
import org.mcuq.rlquant.agent.internal.EpisodeRecorder;
import org.mcuq.rlquant.agent.internal.Exploration;
import org.mcuq.rlquant.agent.internal.Nd4jRuntime;
import org.mcuq.rlquant.agent.internal.RandomState;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * HAQ's DDPG agent choosing each quantizable layer's weight and activation bit widths. An episode walks the
 * {@link ObservationSpace}'s steps ({@link #startEpisode()}, then {@link #nextObservation()} and
 * {@link #act(LayerObservation)} until {@link #episodeComplete()}, or simply {@link #proposePolicy()}); the caller
 * evaluates the policy (after any budget enforcement) and reports the reward with {@link #endEpisode}, which stores
 * the episode's transitions and trains. The same seed gives the same sequence of policies for the same rewards, and
 * {@link #checkpoint(Path)} / {@link #restore(Path)} continue a search exactly. Not thread-safe.
 */
public final class BitWidthAgent {

    private final ObservationSpace space;
    private final BitConstraints constraints;
    private final AgentConfig config;
    private final ActorCritic networks;
    private final DdpgLearner learner;
    private final Exploration exploration;
    private Random random;
    private int episodes;
    private EpisodeRecorder episode;
    private BitWidthPolicy bestPolicy;
    private double bestReward = Double.NaN;

    public BitWidthAgent(ObservationSpace space, BitConstraints constraints, AgentConfig config) {
        if (space == null || constraints == null || config == null) {
            throw new IllegalArgumentException("An agent needs an observation space, bit constraints and settings.");
        }
        constraints.requireLayersOf(space);
        Nd4jRuntime.prepare();
        this.space = space;
        this.constraints = constraints;
        this.config = config;
        this.networks = new ActorCritic(ObservationFeature.COUNT, config.hiddenUnits(), config.actorLearningRate(),
                config.criticLearningRate(), config.seed(), DataType.FLOAT);
        this.learner = new DdpgLearner(networks, config.replayEpisodes() * space.steps(), config);
        this.exploration = new Exploration(config.warmupEpisodes(), config.initialSigma(), config.sigmaDecay());
        this.random = new Random(config.seed());
    }

    /** An agent for the conv, depthwise conv and dense layers of {@code network}. */
    public static BitWidthAgent forNetwork(Network network, BitConstraints constraints, AgentConfig config) {
        return new BitWidthAgent(ObservationSpace.of(network), constraints, config);
    }

    public ObservationSpace observationSpace() {
        return space;
    }

    public BitConstraints constraints() {
        return constraints;
    }

    public AgentConfig config() {
        return config;
    }

    /** Begins an episode; the previous one must have been ended. */
    public void startEpisode() {
        if (episode != null) {
            throw new IllegalStateException("Episode " + episodes + " is still in progress: call endEpisode first.");
        }
        episode = new EpisodeRecorder();
    }

    public boolean episodeComplete() {
        return requireEpisode().steps() == space.steps();
    }

    /** What the agent observes before its next step. */
    public LayerObservation nextObservation() {
        EpisodeRecorder current = requireEpisode();
        if (episodeComplete()) {
            throw new IllegalStateException("All " + space.steps() + " steps of the episode are done: call endEpisode.");
        }
        return space.observe(current.steps(), current.lastAction());
    }

    /** The bit width for the step {@code observation} describes, which must be the next step of the episode. */
    public int act(LayerObservation observation) {
        LayerObservation expected = nextObservation();
        if (observation.step() != expected.step() || !observation.layerName().equals(expected.layerName())) {
            throw new IllegalArgumentException("Expected the observation of step " + expected.step() + " ("
                    + expected.layerName() + "), got step " + observation.step() + " (" + observation.layerName()
                    + "); use nextObservation().");
        }
        BitRange range = constraints.range(observation.kind());
        Optional<Integer> locked = lockedBits(observation);
        double action = locked.isPresent() ? range.action(locked.get())
                : exploration.action(() -> networks.action(observation.features()), episodes, random);
        int bits = locked.orElseGet(() -> range.bits(action));
        episode.record(observation, action, bits);
        return bits;
    }

    /** Runs a whole episode's steps and returns the policy chosen; end it with {@link #endEpisode}. */
    public BitWidthPolicy proposePolicy() {
        startEpisode();
        while (!episodeComplete()) {
            act(nextObservation());
        }
        return episodePolicy();
    }

    /** The policy of the completed episode in progress. */
    public BitWidthPolicy episodePolicy() {
        if (!episodeComplete()) {
            throw new IllegalStateException("The episode has " + episode.steps() + " of " + space.steps()
                    + " steps; act on the rest first.");
        }
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        for (int layer = 0; layer < space.layers().size(); layer++) {
            bits.put(space.layers().get(layer).name(),
                    new LayerBits(episode.bits(2 * layer), episode.bits(2 * layer + 1)));
        }
        return BitWidthPolicy.of(bits);
    }

    /** Ends the episode: the policy the agent chose was executed and earned {@code reward}. */
    public void endEpisode(double reward) {
        endEpisode(episodePolicy(), reward);
    }

    /**
     * Ends the episode whose policy was changed before execution (for instance by a {@link BudgetEnforcer}) to
     * {@code executed}, which earned {@code reward}. The agent learns from the executed widths.
     */
    public void endEpisode(BitWidthPolicy executed, double reward) {
        if (!Double.isFinite(reward)) {
            throw new IllegalArgumentException("The episode reward must be finite, got " + reward + ".");
        }
        double[] actions = executedActions(episodePolicy(), executed);
        learner.remember(episode.transitions(reward, actions));
        if (bestPolicy == null || reward > bestReward) {
            bestPolicy = executed;
            bestReward = reward;
        }
        if (episodes + 1 >= config.warmupEpisodes()) {
            learner.train(config.updatesPerStep() * space.steps(), random);
        }
        exploration.episodeFinished(episodes);
        episodes++;
        episode = null;
    }

    /** The executed policy with the highest reward so far. */
    public Optional<BitWidthPolicy> bestPolicy() {
        return Optional.ofNullable(bestPolicy);
    }

    public OptionalDouble bestReward() {
        return bestPolicy == null ? OptionalDouble.empty() : OptionalDouble.of(bestReward);
    }

    /** The actor's policy without exploration noise; changes no state. */
    public BitWidthPolicy greedyPolicy() {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        double previous = 0;
        int weightBits = 0;
        for (int step = 0; step < space.steps(); step++) {
            LayerObservation observation = space.observe(step, previous);
            BitRange range = constraints.range(observation.kind());
            Optional<Integer> locked = lockedBits(observation);
            double action = locked.isPresent() ? range.action(locked.get()) : networks.action(observation.features());
            int chosen = locked.orElseGet(() -> range.bits(action));
            previous = action;
            if (observation.kind() == StepKind.WEIGHT) {
                weightBits = chosen;
            } else {
                bits.put(observation.layerName(), new LayerBits(weightBits, chosen));
            }
        }
        return BitWidthPolicy.of(bits);
    }

    /** Episodes ended so far. */
    public int episodeCount() {
        return episodes;
    }

    /** The current width of the exploration noise. */
    public double noiseSigma() {
        return exploration.sigma();
    }

    /** The reward baseline, NaN before the first training update. */
    public double rewardBaseline() {
        return learner.baseline();
    }

    /** Transitions in the replay buffer. */
    public int replaySize() {
        return learner.replay().size();
    }

    /**
     * Writes the complete search state to {@code file} atomically (readers see the old or the new file). Only
     * between episodes.
     */
    public void checkpoint(Path file) throws IOException {
        if (episode != null) {
            throw new IllegalStateException("Checkpoint between episodes: episode " + episodes + " is in progress.");
        }
        AgentSnapshot snapshot = new AgentSnapshot(config, layerNames(), episodes, exploration.sigma(),
                learner.baseline(), RandomState.save(random), bestPolicy, bestReward, networks.state(),
                learner.replay().contents(), learner.replay().capacity());
        AtomicFile.write(file, out -> {
            DataOutputStream data = new DataOutputStream(out);
            CheckpointCodec.write(data, snapshot);
            data.flush();
        });
    }

    /**
     * Replaces this agent's state with the one saved in {@code file}; the agent must have been created with the
     * same settings and layers. Only between episodes. On any error the agent is left unchanged.
     */
    public void restore(Path file) throws IOException {
        if (episode != null) {
            throw new IllegalStateException("Restore between episodes: episode " + episodes + " is in progress.");
        }
        AgentSnapshot snapshot = read(file);
        requireCompatible(snapshot, file);
        Random restoredRandom = RandomState.load(snapshot.random());
        networks.restore(snapshot.networks());
        learner.replay().restore(snapshot.replay());
        learner.restoreBaseline(snapshot.baseline());
        exploration.restoreSigma(snapshot.sigma());
        random = restoredRandom;
        episodes = snapshot.episodes();
        bestPolicy = snapshot.bestPolicy();
        bestReward = snapshot.bestReward();
    }

    private static AgentSnapshot read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return CheckpointCodec.read(in);
        } catch (EOFException e) {
            throw new AgentCheckpointException("Checkpoint " + file + " is truncated.", e);
        } catch (AgentCheckpointException e) {
            throw new AgentCheckpointException("Checkpoint " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new AgentCheckpointException("Checkpoint " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    private void requireCompatible(AgentSnapshot snapshot, Path file) throws AgentCheckpointException {
        if (!snapshot.config().equals(config)) {
            throw new AgentCheckpointException("Checkpoint " + file + " was written by an agent with settings "
                    + snapshot.config() + " but this agent has " + config + "; create the agent with the "
                    + "checkpoint's settings to resume.");
        }
        if (!snapshot.layers().equals(layerNames()) || snapshot.replayCapacity() != learner.replay().capacity()) {
            throw new AgentCheckpointException("Checkpoint " + file + " searches layers " + snapshot.layers()
                    + " but this agent searches " + layerNames() + ".");
        }
    }

    private List<String> layerNames() {
        return space.layers().stream().map(QuantizableLayer::name).toList();
    }

    private double[] executedActions(BitWidthPolicy chosen, BitWidthPolicy executed) {
        if (!executed.layers().equals(chosen.layers())) {
            throw new IllegalArgumentException("The executed policy must cover the agent's layers " + chosen.layers()
                    + " in order, got " + executed.layers() + ".");
        }
        double[] actions = new double[space.steps()];
        for (int step = 0; step < actions.length; step++) {
            StepKind kind = space.kindAt(step);
            LayerBits bits = executed.bits(space.layerAt(step).name());
            int executedBits = kind == StepKind.WEIGHT ? bits.weightBits() : bits.activationBits();
            actions[step] = executedBits == episode.bits(step) ? episode.action(step)
                    : constraints.range(kind).action(executedBits);
        }
        return actions;
    }

    private Optional<Integer> lockedBits(LayerObservation observation) {
        return constraints.locked(observation.layerName())
                .map(b -> observation.kind() == StepKind.WEIGHT ? b.weightBits() : b.activationBits());
    }

    private EpisodeRecorder requireEpisode() {
        if (episode == null) {
            throw new IllegalStateException("No episode in progress: call startEpisode first.");
        }
        return episode;
    }
}
