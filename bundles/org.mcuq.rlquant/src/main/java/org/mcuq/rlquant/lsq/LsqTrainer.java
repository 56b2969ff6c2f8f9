package org.mcuq.rlquant.lsq;

import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.mcuq.data.Dataset;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizationException;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.rlquant.lsq.internal.BatchSource;
import org.mcuq.rlquant.lsq.internal.Exporter;
import org.mcuq.rlquant.lsq.internal.GradientStep;
import org.mcuq.rlquant.lsq.internal.GraphClassifier;
import org.mcuq.rlquant.lsq.internal.Nd4jSetup;
import org.mcuq.rlquant.lsq.internal.TrainingSetup;
import org.mcuq.rlquant.lsq.internal.TrainingTally;

/**
 * LSQ fine-tuning (Esser et al., ICLR 2020) of a float classifier for LiteEngine's integer arithmetic. The
 * training graph computes what the engine computes: integer codes of the input and of every step-owning tensor
 * (bits and signedness as the engine plans them), weights quantized per output channel by {@code WeightFormat}'s
 * rules, biases rounded to the accumulator step, integer accumulators requantized with one multiplier per
 * channel, pools and averages on codes with the engine's rounding. It departs only where the engine uses a 31-bit
 * fixed-point multiplier (float32 here) and rounds exact requantization ties up, and where float32 stops being
 * exact (accumulators beyond 2^24). Weights, biases and steps are learned with straight-through rounding and LSQ's
 * step gradient.
 * <p>
 * The step-gradient scale is {@code g = 1 / sqrt(N Q_P)} with N the number of values sharing the step: the weights
 * of one output channel for (per-channel) weight steps, the features of one sample for activation steps. 1-bit
 * weights ({@code w >= 0 ? +s : -s}) back-propagate to {@code w} straight through inside {@code |w| <= s}; their
 * step gradient is {@code sign(w) - w / s} inside that range and {@code sign(w)} outside, LSQ's formula with the
 * binary quantizer in place of rounding.
 * <p>
 * Not thread-safe. Needs ND4J (the org.mcuq.dl4j bundle) at run time; the graph's memory is freed with the
 * trainer by the garbage collector.
 */
public final class LsqTrainer {

    private final TrainingSetup setup;
    private final LsqOptions options;
    private final Random random;
    private final GradientStep gradientStep;
    private int stepCount;

    private LsqTrainer(TrainingSetup setup, LsqOptions options) {
        this.setup = setup;
        this.options = options;
        this.random = new Random(options.seed());
        this.gradientStep = new GradientStep(setup.graph(), options);
    }

    /**
     * Builds the training graph of {@code network} at the bit widths of {@code bits}, with steps initialised on
     * the first {@link LsqOptions#initSamples()} samples of {@code initData} (usually the training data).
     *
     * @param bits bit widths per layer with weights ({@code QuantizationSpec.uniform} or {@code perLayer}); its
     *             steps, if any, are ignored; its input signedness, if declared, is kept, else it is read from
     *             the samples
     * @throws LsqException          if the network or data cannot be trained
     * @throws QuantizationException if {@code bits} does not fit the network
     */
    public static LsqTrainer create(Network network, QuantizationSpec bits, Dataset initData, LsqOptions options) {
        Nd4jSetup.prepare();
        if (initData.count() == 0) {
            throw new LsqException("The initialisation dataset is empty; pass the training data.");
        }
        List<float[]> samples = TrainingSetup.firstSamples(initData, options.initSamples());
        TrainingSetup setup = TrainingSetup.create(network, bits, samples, options.stepInit());
        new BatchSource(initData, setup.prepared(), setup.graph().classes());
        return new LsqTrainer(setup, options);
    }

    /**
     * Fine-tunes on {@code data} for {@link LsqOptions#epochs()} epochs in seeded random order, or until
     * {@link LsqOptions#maxSteps()} mini-batches, or until {@code cancelled} answers true (asked before every
     * mini-batch). Further calls continue from the current state.
     *
     * @throws LsqException if the data does not fit the network or the loss becomes NaN or infinite
     */
    public TrainingReport train(Dataset data, TrainingListener listener, BooleanSupplier cancelled) {
        Nd4jSetup.prepare();
        BatchSource source = source(data);
        TrainingTally tally = new TrainingTally();
        for (int epoch = 0; epoch < options.epochs() && !tally.stopped(); epoch++) {
            trainEpoch(source, source.shuffledOrder(random), tally, listener, cancelled);
        }
        return tally.report();
    }

    /** Classifies {@code data} with the fake-quantized model in its current state. */
    public Evaluation evaluate(Dataset data) {
        Nd4jSetup.prepare();
        BatchSource source = source(data);
        int[] predictions = GraphClassifier.predict(setup.graph(), source);
        int correct = 0;
        for (int i = 0; i < predictions.length; i++) {
            correct += predictions[i] == source.label(i) ? 1 : 0;
        }
        return new Evaluation(predictions, correct);
    }

    /** The fine-tuned network and the spec with every learned step, for {@code Quantizer.quantize}. */
    public LsqResult export() {
        return Exporter.export(setup.prepared(), setup.graph().params(), setup.spec());
    }

    /** The network as trained: the given one with batch-norms folded and activations fused. */
    public Network preparedNetwork() {
        return setup.prepared();
    }

    /** Mini-batches trained so far, over all {@code train} calls. */
    public int steps() {
        return stepCount;
    }

    private void trainEpoch(BatchSource source, int[] order, TrainingTally tally, TrainingListener listener,
            BooleanSupplier cancelled) {
        for (int from = 0; from < order.length; from += options.batchSize()) {
            boolean cancel = cancelled.getAsBoolean();
            if (cancel || (options.maxSteps() > 0 && tally.steps() >= options.maxSteps())) {
                tally.stop(cancel);
                return;
            }
            int to = Math.min(order.length, from + options.batchSize());
            double loss = gradientStep.run(source.batch(order, from, to), ++stepCount);
            tally.add(to - from, loss);
            listener.onStep(stepCount, loss);
        }
    }

    private BatchSource source(Dataset data) {
        return new BatchSource(data, setup.prepared(), setup.graph().classes());
    }
}
