package org.mcuq.rlquant.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;

import org.mcuq.rlquant.agent.BitWidthAgent;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.BudgetEnforcer;
import org.mcuq.rlquant.agent.ObservationSpace;
import org.mcuq.rlquant.agent.PolicyCostModel;
import org.mcuq.rlquant.search.internal.EpisodeLog;
import org.mcuq.rlquant.search.internal.RandomPolicies;

/**
 * Runs the RLQuant search (HAQ's agent) and the random-search baseline over the same evaluator, cost model and
 * budgets. The reward is HAQ's, {@code 0.1 * (accuracy - float accuracy)} in percentage points; every tried policy
 * fits the budgets. With a state folder, the episodes and the agent are saved after every episode, so a cancelled
 * or crashed search resumes exactly where it stopped.
 */
public final class QuantizationSearch {

    public static final String RLQUANT = "rlquant";
    public static final String RANDOM = "random";

    private final ObservationSpace space;
    private final PolicyEvaluator evaluator;
    private final PolicyCostModel costModel;
    private final SearchSettings settings;
    private final BudgetEnforcer enforcer;

    public QuantizationSearch(ObservationSpace space, PolicyEvaluator evaluator, PolicyCostModel costModel,
            SearchSettings settings) {
        settings.constraints().requireLayersOf(space);
        this.space = space;
        this.evaluator = evaluator;
        this.costModel = costModel;
        this.settings = settings;
        this.enforcer = new BudgetEnforcer(costModel, settings.budgets(), settings.constraints());
    }

    /**
     * Fails early (with the budget, the smallest achievable value and how to fix it) if no policy within the
     * constraints meets the budgets.
     */
    public void requireFeasible() {
        enforcer.enforce(enforcer.minimumPolicy(anyPolicy()));
    }

    /** HAQ's reward for a validation accuracy (0..1). */
    public double reward(double accuracy) {
        return 0.1 * 100 * (accuracy - evaluator.floatAccuracy());
    }

    /** The agent's search; {@code stateDir} (may be empty) keeps its checkpoint, {@code resume} continues it. */
    public SearchOutcome runAgent(Optional<Path> stateDir, boolean resume, SearchListener listener,
            BooleanSupplier cancelled) throws IOException {
        BitWidthAgent agent = new BitWidthAgent(space, settings.constraints(), settings.agent());
        List<EpisodeResult> done = resume ? resumeAgent(agent, stateDir) : new ArrayList<>();
        long start = System.nanoTime();
        while (done.size() < settings.episodes() && !cancelled.getAsBoolean()) {
            BitWidthPolicy executed = enforcer.enforce(agent.proposePolicy());
            Optional<EpisodeResult> result = episode(done.size() + 1, executed, cancelled);
            if (result.isEmpty()) {
                break;
            }
            agent.endEpisode(executed, result.get().reward());
            done.add(result.get());
            save(stateDir, RLQUANT, done, agent);
            listener.onEpisode(RLQUANT, result.get(), settings.episodes(), seconds(start));
        }
        return new SearchOutcome(RLQUANT, done, done.size() < settings.episodes(), seconds(start));
    }

    /** Random search with the same number of episodes, seeded by the agent's seed. */
    public SearchOutcome runRandom(Optional<Path> stateDir, boolean resume, SearchListener listener,
            BooleanSupplier cancelled) throws IOException {
        RandomPolicies random = new RandomPolicies(space, settings.constraints(), settings.seed());
        List<EpisodeResult> done = resume ? resumeLog(stateDir, RANDOM) : new ArrayList<>();
        for (int skipped = 0; skipped < done.size(); skipped++) {
            random.next();
        }
        long start = System.nanoTime();
        while (done.size() < settings.episodes() && !cancelled.getAsBoolean()) {
            BitWidthPolicy executed = enforcer.enforce(random.next());
            Optional<EpisodeResult> result = episode(done.size() + 1, executed, cancelled);
            if (result.isEmpty()) {
                break;
            }
            done.add(result.get());
            save(stateDir, RANDOM, done, null);
            listener.onEpisode(RANDOM, result.get(), settings.episodes(), seconds(start));
        }
        return new SearchOutcome(RANDOM, done, done.size() < settings.episodes(), seconds(start));
    }

    private Optional<EpisodeResult> episode(int number, BitWidthPolicy policy, BooleanSupplier cancelled) {
        boolean cached = evaluator.cached(policy).isPresent();
        OptionalDouble accuracy = evaluator.evaluate(policy, cancelled);
        if (accuracy.isEmpty()) {
            return Optional.empty();
        }
        double value = accuracy.getAsDouble();
        return Optional.of(new EpisodeResult(number, policy, value, costModel.costs(policy), reward(value), cached));
    }

    private List<EpisodeResult> resumeAgent(BitWidthAgent agent, Optional<Path> stateDir) throws IOException {
        List<EpisodeResult> done = resumeLog(stateDir, RLQUANT);
        Path checkpoint = checkpointFile(stateDir.orElseThrow());
        if (Files.exists(checkpoint)) {
            agent.restore(checkpoint);
        }
        if (agent.episodeCount() != done.size()) {
            throw new SearchException("The search state in " + stateDir.get() + " is inconsistent: the agent "
                    + "checkpoint has " + agent.episodeCount() + " episodes, the log " + done.size() + "; delete the "
                    + "folder to start the search afresh.");
        }
        return done;
    }

    private List<EpisodeResult> resumeLog(Optional<Path> stateDir, String searcher) throws IOException {
        if (stateDir.isEmpty()) {
            throw new SearchException("Resuming needs the folder of the earlier search.");
        }
        List<EpisodeResult> done = new ArrayList<>(EpisodeLog.read(logFile(stateDir.get(), searcher)));
        done.forEach(e -> evaluator.remember(e.policy(), e.accuracy()));
        return done;
    }

    private void save(Optional<Path> stateDir, String searcher, List<EpisodeResult> done, BitWidthAgent agent)
            throws IOException {
        if (stateDir.isEmpty()) {
            return;
        }
        if (agent != null) {
            agent.checkpoint(checkpointFile(stateDir.get()));
        }
        EpisodeLog.write(logFile(stateDir.get(), searcher), done);
    }

    private BitWidthPolicy anyPolicy() {
        return new RandomPolicies(space, settings.constraints(), settings.seed()).next();
    }

    static Path checkpointFile(Path stateDir) {
        return stateDir.resolve(RLQUANT + "-agent.ckpt");
    }

    static Path logFile(Path stateDir, String searcher) {
        return stateDir.resolve(searcher + "-episodes.tsv");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
