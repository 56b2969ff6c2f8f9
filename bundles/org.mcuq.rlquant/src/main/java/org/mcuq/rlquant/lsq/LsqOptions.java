package org.mcuq.rlquant.lsq;

/**
 * Settings of LSQ fine-tuning. Weights, biases and steps are updated by SGD with momentum ({@code v = m v + grad},
 * {@code p -= lr v}); steps and weights have learning rates of their own, and the step gradients carry LSQ's scale
 * {@code 1 / sqrt(N Q_P)}. Immutable; the {@code with...} methods return modified copies.
 *
 * @param batchSize          samples per mini-batch
 * @param epochs             passes over the training dataset per {@link LsqTrainer#train} call
 * @param maxSteps           stop a {@code train} call after this many mini-batches; 0 for no limit
 * @param weightLearningRate learning rate of weights and biases (0 freezes them)
 * @param stepLearningRate   learning rate of the step sizes (0 freezes them)
 * @param momentum           SGD momentum, in {@code [0, 1)}
 * @param seed               seed of the mini-batch order; the same seed and calls give the same model
 * @param initSamples        training samples (the first ones) used to initialise the steps
 * @param stepInit           how steps are initialised
 */
public record LsqOptions(int batchSize, int epochs, int maxSteps, double weightLearningRate,
        double stepLearningRate, double momentum, long seed, int initSamples, StepInit stepInit) {

    public LsqOptions {
        requirePositive("batch size", batchSize);
        requirePositive("number of epochs", epochs);
        requirePositive("number of initialisation samples", initSamples);
        if (maxSteps < 0) {
            throw new IllegalArgumentException("The step limit must be 0 (none) or positive but is " + maxSteps + ".");
        }
        requireRate("weight learning rate", weightLearningRate);
        requireRate("step learning rate", stepLearningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("The momentum must lie in [0, 1) but is " + momentum + ".");
        }
        if (stepInit == null) {
            throw new IllegalArgumentException("The step initialisation is missing (null).");
        }
    }

    /**
     * Batch 64, one epoch, no step limit, learning rates 0.003 (weights) and 0.01 (steps), momentum 0.9, seed 1,
     * 64 initialisation samples, LSQ's step initialisation. The rates suit short fine-tunes of a trained model at
     * 2 to 4 bits (chosen on LeNet-5/MNIST); wider policies prefer a smaller weight rate.
     */
    public static LsqOptions defaults() {
        return new LsqOptions(64, 1, 0, 0.003, 0.01, 0.9, 1L, 64, StepInit.LSQ);
    }

    public LsqOptions withBatchSize(int value) {
        return new LsqOptions(value, epochs, maxSteps, weightLearningRate, stepLearningRate, momentum, seed,
                initSamples, stepInit);
    }

    public LsqOptions withEpochs(int value) {
        return new LsqOptions(batchSize, value, maxSteps, weightLearningRate, stepLearningRate, momentum, seed,
                initSamples, stepInit);
    }

    public LsqOptions withMaxSteps(int value) {
        return new LsqOptions(batchSize, epochs, value, weightLearningRate, stepLearningRate, momentum, seed,
                initSamples, stepInit);
    }

    public LsqOptions withLearningRates(double weights, double steps) {
        return new LsqOptions(batchSize, epochs, maxSteps, weights, steps, momentum, seed, initSamples, stepInit);
    }

    public LsqOptions withMomentum(double value) {
        return new LsqOptions(batchSize, epochs, maxSteps, weightLearningRate, stepLearningRate, value, seed,
                initSamples, stepInit);
    }

    public LsqOptions withSeed(long value) {
        return new LsqOptions(batchSize, epochs, maxSteps, weightLearningRate, stepLearningRate, momentum, value,
                initSamples, stepInit);
    }

    public LsqOptions withInitSamples(int value) {
        return new LsqOptions(batchSize, epochs, maxSteps, weightLearningRate, stepLearningRate, momentum, seed,
                value, stepInit);
    }

    public LsqOptions withStepInit(StepInit value) {
        return new LsqOptions(batchSize, epochs, maxSteps, weightLearningRate, stepLearningRate, momentum, seed,
                initSamples, value);
    }

    private static void requirePositive(String what, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("The " + what + " must be positive but is " + value + ".");
        }
    }

    private static void requireRate(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("The " + what + " must be a non-negative, finite number but is "
                    + value + ".");
        }
    }
}
