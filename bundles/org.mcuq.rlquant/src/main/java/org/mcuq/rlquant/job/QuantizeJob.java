package org.mcuq.rlquant.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.cost.NetworkCostModel;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.pipeline.BoardFirmware;
import org.mcuq.pipeline.Pipeline;
import org.mcuq.pipeline.Precision;
import org.mcuq.pipeline.Progress;
import org.mcuq.pipeline.ProfileReport;
import org.mcuq.rlquant.agent.BitConstraints;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.Budgets;
import org.mcuq.rlquant.agent.ObservationSpace;
import org.mcuq.rlquant.search.LiteEngineCosts;
import org.mcuq.rlquant.search.PolicyEvaluator;
import org.mcuq.rlquant.search.QuantizationSearch;
import org.mcuq.rlquant.search.SearchListener;
import org.mcuq.rlquant.search.SearchOutcome;
import org.mcuq.rlquant.search.SearchSettings;

/**
 * {@code mcuq quantize}: checks the model, data and budgets, runs the RLQuant search and (unless left out) the
 * random baseline (resumable), fine-tunes the best policies and (unless left out) uniform 8- and 4-bit longer,
 * saves the fine-tuned model and the policy, generates the C project, builds and profiles it on the board
 * (bit-exact check included) and reports.
 */
public final class QuantizeJob {

    private final Progress progress;
    private final SearchListener listener;
    private final BooleanSupplier cancelled;

    public QuantizeJob(Progress progress, SearchListener listener, BooleanSupplier cancelled) {
        this.progress = progress;
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** @throws JobCancelledException if stopped; the search state in the output folder allows --resume */
    public QuantizeReport run(QuantizeRequest request) throws ModelImportException, IOException {
        OutputFolder folder = OutputFolder.prepare(request);
        requireTools();
        JobInputs inputs = JobInputs.load(request, progress);
        Network prepared = Quantizer.prepare(inputs.network());
        ModelCheck.require(request, inputs, prepared);
        ObservationSpace space = ObservationSpace.of(prepared);
        LiteEngineCosts costs = costModel(inputs, space, request);
        SearchSettings settings = settings(request, space);
        PolicyEvaluator evaluator = PolicyEvaluator.create(inputs.network(), inputs.data().training(), settings);
        QuantizationSearch search = new QuantizationSearch(space, evaluator, costs, settings);
        search.requireFeasible();
        boolean withRandom = request.baselines().contains(Baseline.RANDOM);
        progress.step(String.format(Locale.ROOT, "float accuracy on the %d validation samples %.2f %%; "
                + "searching: %d RLQuant episodes%s", evaluator.validation().count(),
                100 * evaluator.floatAccuracy(), request.episodes(), withRandom ? ", then as many random ones" : ""));
        SearchOutcome rlquant = finished(search.runAgent(Optional.of(folder.state()), request.resume(), listener,
                cancelled));
        Optional<SearchOutcome> random = withRandom ? Optional.of(finished(search.runRandom(
                Optional.of(folder.state()), request.resume(), listener, cancelled))) : Optional.empty();
        Comparison comparison = new Comparison(inputs, evaluator, costs, settings, request, progress, cancelled);
        List<ComparedPolicy> compared = comparison.compare(best(rlquant), random.map(QuantizeJob::best),
                request.baselines().contains(Baseline.UNIFORM));
        Path model = folder.writeModel(comparison.foundResult().network(), inputs.convention());
        Path policy = folder.writePolicy(comparison.foundResult(), model, rlquant, settings);
        ProfileReport profile = generateAndProfile(request, model, policy, folder);
        return new QuantizeReport(request, settings.budgets(), comparison.evaluatedOn(), comparison.floatAccuracy(),
                compared, comparison.engineAccuracy(), rlquant, random, model, policy, folder.project(), profile);
    }

    /** The build and the board run come last; a missing tool must not end a long search. */
    private static void requireTools() {
        Toolchain tools = Toolchain.fromEnvironment();
        tools.armGcc();
        tools.qemu();
        tools.hostGcc();
    }

    private LiteEngineCosts costModel(JobInputs inputs, ObservationSpace space, QuantizeRequest request) {
        progress.step("building LiteEngine's cost model for the " + request.board().id() + " core");
        return new LiteEngineCosts(NetworkCostModel.of(inputs.network(),
                BoardFirmware.core(request.board().core()), inputs.calibrationSamples()), space);
    }

    private static SearchSettings settings(QuantizeRequest request, ObservationSpace space) {
        Budgets budgets = JobBudgets.of(request);
        BitConstraints ranges = BitConstraints.defaults().withWeightRange(request.bitRange())
                .withActivationRange(request.bitRange());
        BitConstraints constraints = request.firstLastBits().map(bits -> ranges.withFirstAndLastPinned(space, bits))
                .orElse(ranges);
        return SearchSettings.defaults(request.episodes(), request.seed(), budgets, constraints);
    }

    /** Generates the project, then builds, runs and profiles it; the profile lands in the policy. */
    private ProfileReport generateAndProfile(QuantizeRequest request, Path model, Path policy, OutputFolder folder)
            throws ModelImportException, IOException {
        Pipeline pipeline = Pipeline.create(progress);
        pipeline.generate(model, new Precision.PolicyFile(policy), request.board(), Optional.empty(),
                folder.project(), true);
        return pipeline.profile(folder.project(), request.board(), Optional.of(policy));
    }

    private SearchOutcome finished(SearchOutcome outcome) {
        if (outcome.cancelled()) {
            throw new JobCancelledException();
        }
        return outcome;
    }

    private static BitWidthPolicy best(SearchOutcome outcome) {
        return outcome.best().orElseThrow().policy();
    }
}
