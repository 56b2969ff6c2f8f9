package org.mcuq.train;

import org.mcuq.data.Dataset;
import org.mcuq.data.ImageShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Builds DL4J mini-batches (NHWC features, one-hot labels) from a {@link Dataset}. */
public final class Batches {

    private Batches() {
    }

    /** Features of the samples {@code order[from .. to-1]} as an NHWC array {@code [n, h, w, c]}. */
    public static INDArray features(Dataset data, int[] order, int from, int to) {
        ImageShape shape = data.inputShape();
        int size = shape.elements();
        float[] values = new float[(to - from) * size];
        for (int i = from; i < to; i++) {
            data.copySample(order[i], values, (i - from) * size);
        }
        return Nd4j.create(values, new long[] {to - from, shape.height(), shape.width(), shape.channels()}, 'c');
    }

    /** One-hot labels of the samples {@code order[from .. to-1]}, {@code [n, classCount]}. */
    public static INDArray oneHotLabels(Dataset data, int[] order, int from, int to) {
        INDArray labels = Nd4j.zeros(DataType.FLOAT, to - from, data.classCount());
        for (int i = from; i < to; i++) {
            labels.putScalar(i - from, data.label(order[i]), 1f);
        }
        return labels;
    }

    /** Features and labels of {@code order[from .. to-1]}. */
    public static DataSet of(Dataset data, int[] order, int from, int to) {
        return new DataSet(features(data, order, from, to), oneHotLabels(data, order, from, to));
    }
}
