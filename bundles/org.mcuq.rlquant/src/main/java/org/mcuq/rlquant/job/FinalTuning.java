package org.mcuq.rlquant.job;

import java.util.function.BooleanSupplier;

import org.mcuq.data.Dataset;
import org.mcuq.ir.Network;
import org.mcuq.pipeline.Progress;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.lsq.LsqOptions;
import org.mcuq.rlquant.lsq.LsqResult;
import org.mcuq.rlquant.lsq.LsqTrainer;
import org.mcuq.rlquant.search.SearchException;

/** The longer LSQ fine-tune every compared policy gets, with the same settings for all. */
final class FinalTuning {

    /** A fine-tuned policy: its accuracy on the evaluation data and the exported network with its steps. */
    record Tuned(double accuracy, LsqResult result) {
    }

    private final Network network;
    private final Dataset training;
    private final Dataset evaluation;
    private final LsqOptions options;
    private final Progress progress;

    FinalTuning(Network network, Dataset training, Dataset evaluation, LsqOptions options, Progress progress) {
        this.network = network;
        this.training = training;
        this.evaluation = evaluation;
        this.options = options;
        this.progress = progress;
    }

    /** Fine-tunes {@code policy}, reporting progress under {@code name}. */
    Tuned tune(String name, BitWidthPolicy policy, BooleanSupplier cancelled) {
        LsqTrainer trainer = LsqTrainer.create(network, QuantizationSpec.perLayer(policy.asMap()), training, options);
        int steps = options.epochs() * ((training.count() + options.batchSize() - 1) / options.batchSize());
        if (trainer.train(training, new TuningProgress(progress, name, steps), cancelled).cancelled()) {
            throw new JobCancelledException();
        }
        double accuracy = trainer.evaluate(evaluation).accuracy();
        if (Double.isNaN(accuracy)) {
            throw new SearchException("Fine-tuning " + policy + " gave no usable model.");
        }
        return new Tuned(accuracy, trainer.export());
    }
}
