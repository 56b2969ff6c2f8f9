package org.mcuq.data;

/**
 * A labelled set of input samples for a CNN. Samples are float tensors in NHWC order without the batch
 * dimension, i.e. {@code height * width * channels} values with the channel varying fastest.
 */
public interface Dataset {

    /** Number of samples. */
    int count();

    /** Shape of every sample. */
    ImageShape inputShape();

    /** Number of classes: labels lie in {@code 0 .. classCount() - 1}. */
    int classCount();

    /** A fresh array holding sample {@code index} in HWC order. */
    float[] sample(int index);

    /** Class label of sample {@code index}. */
    int label(int index);

    /** Copies sample {@code index} into {@code target} starting at {@code offset}; for filling batches. */
    default void copySample(int index, float[] target, int offset) {
        float[] values = sample(index);
        System.arraycopy(values, 0, target, offset, values.length);
    }
}
