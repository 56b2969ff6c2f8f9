package org.mcuq.rlquant.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.RunReport;
import org.mcuq.rlquant.agent.Budgets;
import org.mcuq.rlquant.search.SearchOutcome;

/**
 * What {@code mcuq quantize} found and made.
 *
 * @param request        the request
 * @param budgets        the budgets every searched policy met
 * @param evaluatedOn    which data the accuracies are measured on
 * @param floatAccuracy  the float model's accuracy on that data
 * @param compared       RLQuant's policy first, then the requested baselines: the random search's best, uniform
 *                       W8A8 and uniform W4A4
 * @param engineAccuracy accuracy of the integer reference executor running RLQuant's policy on that data
 * @param rlquant        the agent's episodes
 * @param random         the random search's episodes, unless it was left out
 * @param modelFile      the fine-tuned model
 * @param policyFile     the policy with steps, provenance and profile results
 * @param project        the generated C project
 * @param profile        the profiled run of the project on the board, per layer
 */
public record QuantizeReport(QuantizeRequest request, Budgets budgets, String evaluatedOn, double floatAccuracy,
        List<ComparedPolicy> compared, double engineAccuracy, SearchOutcome rlquant, Optional<SearchOutcome> random,
        Path modelFile, Path policyFile, Path project, ProfileReport profile) {

    public QuantizeReport {
        compared = List.copyOf(compared);
    }

    /** The bit-exact check and the network's totals of the profiled run. */
    public RunReport run() {
        return profile.run();
    }

    public ComparedPolicy found() {
        return compared.get(0);
    }
}
