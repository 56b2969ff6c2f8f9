package org.mcuq.rlquant.lsq;

/** Receives the progress of LSQ fine-tuning after every mini-batch. */
@FunctionalInterface
public interface TrainingListener {

    /** Does nothing. */
    TrainingListener NONE = (step, loss) -> {
    };

    /**
     * @param step number of mini-batches trained so far by this trainer, from 1
     * @param loss mean cross-entropy of the fake-quantized model on that mini-batch, before the update
     */
    void onStep(int step, double loss);
}
