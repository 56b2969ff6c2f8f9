package org.mcuq.rlquant.search;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;

import org.mcuq.data.Dataset;
import org.mcuq.data.DatasetSplit;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.lsq.LsqOptions;
import org.mcuq.rlquant.lsq.LsqTrainer;
import org.mcuq.rlquant.lsq.TrainingListener;

/**
 * Scores a policy the way every episode does: LSQ fine-tunes the float network at the policy's widths for one pass
 * over a fixed training subset, then the fake-quantized model classifies the validation split. The validation
 * samples are split off the training data once, seeded, and never trained on. Scores of identical policies are
 * reused. Not thread-safe.
 */
public final class PolicyEvaluator {

    private final Network network;
    private final Dataset episodeTraining;
    private final Dataset trainingRest;
    private final Dataset validation;
    private final LsqOptions lsq;
    private final Map<BitWidthPolicy, Double> accuracies = new HashMap<>();
    private double floatAccuracy = Double.NaN;

    private PolicyEvaluator(Network network, DatasetSplit split, Dataset episodeTraining, LsqOptions lsq) {
        this.network = network;
        this.trainingRest = split.train();
        this.validation = split.validation();
        this.episodeTraining = episodeTraining;
        this.lsq = lsq;
    }

    /** Splits {@code training} into the validation split and the rest, and picks the episode subset from the rest. */
    public static PolicyEvaluator create(Network network, Dataset training, SearchSettings settings) {
        int validation = Math.min(settings.validationSamples(), training.count() / 5);
        if (validation < 1 || training.count() - validation < 1) {
            throw new SearchException("The training data holds " + training.count() + " samples, too few to split "
                    + "off a validation set; give at least 10 samples (thousands for a meaningful search).");
        }
        DatasetSplit split = DatasetSplit.of(training, (double) validation / training.count(), settings.seed());
        int episodeSamples = Math.min(settings.episodeSamples(), split.train().count());
        Dataset subset = DatasetSplit.of(split.train(), (double) episodeSamples / split.train().count(),
                settings.seed() + 1).validation();
        LsqOptions lsq = settings.episodeLsq().withEpochs(1).withMaxSteps(0);
        return new PolicyEvaluator(network, split, subset, lsq);
    }

    /** The validation accuracy of the float network, 0..1. */
    public double floatAccuracy() {
        if (Double.isNaN(floatAccuracy)) {
            floatAccuracy = floatAccuracyOn(validation);
        }
        return floatAccuracy;
    }

    /** The float network's accuracy on {@code data}, 0..1. */
    public double floatAccuracyOn(Dataset data) {
        int correct = 0;
        for (int i = 0; i < data.count(); i++) {
            correct += argmax(FloatInference.run(network, data.sample(i))) == data.label(i) ? 1 : 0;
        }
        return (double) correct / data.count();
    }

    /** The cached score of {@code policy}, if it was evaluated before. */
    public OptionalDouble cached(BitWidthPolicy policy) {
        Double accuracy = accuracies.get(policy);
        return accuracy == null ? OptionalDouble.empty() : OptionalDouble.of(accuracy);
    }

    /**
     * The validation accuracy (0..1) of {@code policy} after the brief fine-tune; empty if {@code cancelled} stopped
     * the fine-tune.
     */
    public OptionalDouble evaluate(BitWidthPolicy policy, BooleanSupplier cancelled) {
        OptionalDouble known = cached(policy);
        if (known.isPresent()) {
            return known;
        }
        LsqTrainer trainer = LsqTrainer.create(network, QuantizationSpec.perLayer(policy.asMap()), episodeTraining,
                lsq);
        if (trainer.train(episodeTraining, TrainingListener.NONE, cancelled).cancelled()) {
            return OptionalDouble.empty();
        }
        double accuracy = trainer.evaluate(validation).accuracy();
        accuracies.put(policy, accuracy);
        return OptionalDouble.of(accuracy);
    }

    /** Records a score found earlier (by a search being resumed). */
    public void remember(BitWidthPolicy policy, double accuracy) {
        accuracies.put(policy, accuracy);
    }

    /** The training data without the validation split, for longer fine-tunes. */
    public Dataset trainingRest() {
        return trainingRest;
    }

    public Dataset validation() {
        return validation;
    }

    public Network network() {
        return network;
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
