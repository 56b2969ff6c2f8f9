package org.mcuq.rlquant.lsq;

/**
 * Predictions of the fake-quantized model on a dataset: the class of each sample is the first index of the
 * largest integer logit, the rule of LiteEngine's {@code ReferenceExecutor.classify}.
 *
 * @param predictions predicted class per sample, in dataset order
 * @param correct     number of predictions equal to the label
 */
public record Evaluation(int[] predictions, int correct) {

    public int count() {
        return predictions.length;
    }

    /** Fraction of correct predictions, 0..1 (0 for an empty dataset). */
    public double accuracy() {
        return predictions.length == 0 ? 0 : (double) correct / predictions.length;
    }
}
