package org.mcuq.rlquant.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.mcuq.data.Dataset;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.cost.PolicyCost;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.reference.ReferenceExecutor;
import org.mcuq.pipeline.Progress;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.PolicyCosts;
import org.mcuq.rlquant.lsq.LsqResult;
import org.mcuq.rlquant.search.LiteEngineCosts;
import org.mcuq.rlquant.search.PolicyEvaluator;
import org.mcuq.rlquant.search.SearchSettings;
import org.mcuq.rlquant.search.WeightedBits;

/**
 * The final comparison: RLQuant's best policy and the requested baselines (the random search's best, uniform W8A8
 * and uniform W4A4), each fine-tuned the same way and measured on the test set (or the validation split when the
 * data has none).
 */
final class Comparison {

    private final PolicyEvaluator evaluator;
    private final LiteEngineCosts costs;
    private final SearchSettings settings;
    private final Progress progress;
    private final BooleanSupplier cancelled;
    private final Dataset evaluation;
    private final String evaluatedOn;
    private final FinalTuning tuning;
    private final Network prepared;
    private LsqResult found;

    Comparison(JobInputs inputs, PolicyEvaluator evaluator, LiteEngineCosts costs, SearchSettings settings,
            QuantizeRequest request, Progress progress, BooleanSupplier cancelled) {
        this.evaluator = evaluator;
        this.prepared = Quantizer.prepare(evaluator.network());
        this.costs = costs;
        this.settings = settings;
        this.progress = progress;
        this.cancelled = cancelled;
        this.evaluation = inputs.evaluation(evaluator.validation());
        this.evaluatedOn = inputs.data().test().isPresent() ? "the " + evaluation.count() + " test samples"
                : "the " + evaluation.count() + " validation samples (the data has no test set)";
        this.tuning = new FinalTuning(evaluator.network(), evaluator.trainingRest(), evaluation,
                settings.episodeLsq().withEpochs(request.finalEpochs()), progress);
    }

    /** RLQuant's policy comes first; the random search's best and the uniform policies follow if given. */
    List<ComparedPolicy> compare(BitWidthPolicy rlquant, Optional<BitWidthPolicy> random, boolean withUniform) {
        Map<String, BitWidthPolicy> policies = new LinkedHashMap<>();
        policies.put("RLQuant", rlquant);
        random.ifPresent(policy -> policies.put("random search", policy));
        if (withUniform) {
            policies.put("uniform W8A8", uniform(rlquant, 8));
            policies.put("uniform W4A4", uniform(rlquant, 4));
        }
        List<ComparedPolicy> compared = new ArrayList<>();
        for (var entry : policies.entrySet()) {
            progress.step("fine-tuning " + entry.getKey() + " (" + entry.getValue().summary() + ") on "
                    + evaluator.trainingRest().count() + " samples");
            FinalTuning.Tuned tuned = tuning.tune(entry.getKey(), entry.getValue(), cancelled);
            found = found == null ? tuned.result() : found;
            compared.add(compared(entry.getKey(), entry.getValue(), tuned.accuracy()));
        }
        return compared;
    }

    /** The fine-tuned network and steps of RLQuant's policy. */
    LsqResult foundResult() {
        return found;
    }

    String evaluatedOn() {
        return evaluatedOn;
    }

    double floatAccuracy() {
        return evaluator.floatAccuracyOn(evaluation);
    }

    /** Accuracy of the integer reference executor on RLQuant's fine-tuned policy: what the firmware computes. */
    double engineAccuracy() {
        progress.step("checking the integer engine's accuracy on " + evaluatedOn);
        QuantizedNetwork network = found.quantize();
        int correct = 0;
        for (int i = 0; i < evaluation.count(); i++) {
            correct += ReferenceExecutor.classify(network, evaluation.sample(i)) == evaluation.label(i) ? 1 : 0;
        }
        return (double) correct / evaluation.count();
    }

    private ComparedPolicy compared(String name, BitWidthPolicy policy, double accuracy) {
        PolicyCost cost = costs.estimate(policy);
        boolean within = settings.budgets().admits(new PolicyCosts(cost.cycles(), cost.ramBytes(),
                cost.flashBytes()));
        return new ComparedPolicy(name, policy, accuracy, cost, within, WeightedBits.of(prepared, policy));
    }

    private static BitWidthPolicy uniform(BitWidthPolicy like, int bits) {
        Map<String, LayerBits> uniform = new LinkedHashMap<>();
        like.layers().forEach(layer -> uniform.put(layer, new LayerBits(bits, bits)));
        return BitWidthPolicy.of(uniform);
    }
}
