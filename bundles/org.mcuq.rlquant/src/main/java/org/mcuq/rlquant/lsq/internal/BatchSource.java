package org.mcuq.rlquant.lsq.internal;

import java.util.Map;
import java.util.Random;
import java.util.function.IntUnaryOperator;

import org.mcuq.data.Dataset;
import org.mcuq.data.ImageShape;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.rlquant.lsq.LsqException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Mini-batches of a dataset as graph placeholders: NHWC features and one-hot labels. */
public final class BatchSource {

    private final Dataset data;
    private final int classes;

    /** @throws LsqException if the samples or labels do not fit {@code network} */
    public BatchSource(Dataset data, Network network, int classes) {
        requireFit(data, network, classes);
        this.data = data;
        this.classes = classes;
    }

    public int count() {
        return data.count();
    }

    /** A seeded Fisher-Yates permutation of the sample indices. */
    public int[] shuffledOrder(Random random) {
        int[] order = identityOrder();
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private int[] identityOrder() {
        int[] order = new int[data.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Samples {@code order[from .. to)} as the input placeholder. */
    public INDArray features(int[] order, int from, int to) {
        return features(i -> order[i], from, to);
    }

    /** Samples {@code from .. to} in dataset order as the input placeholder. */
    public INDArray features(int from, int to) {
        return features(i -> i, from, to);
    }

    private INDArray features(IntUnaryOperator index, int from, int to) {
        ImageShape shape = data.inputShape();
        float[] buffer = new float[(to - from) * shape.elements()];
        for (int i = from; i < to; i++) {
            data.copySample(index.applyAsInt(i), buffer, (i - from) * shape.elements());
        }
        return Nd4j.create(buffer, new long[] {to - from, shape.height(), shape.width(), shape.channels()}, 'c');
    }

    /** Input and one-hot labels of samples {@code order[from .. to)}. */
    public Map<String, INDArray> batch(int[] order, int from, int to) {
        float[] oneHot = new float[(to - from) * classes];
        for (int i = from; i < to; i++) {
            oneHot[(i - from) * classes + data.label(order[i])] = 1f;
        }
        return Map.of(LsqGraph.INPUT, features(order, from, to), LsqGraph.LABELS,
                Nd4j.create(oneHot, new long[] {to - from, classes}, 'c'));
    }

    public int label(int index) {
        return data.label(index);
    }

    private static void requireFit(Dataset data, Network network, int classes) {
        Shape in = network.inputLayer().shape();
        ImageShape sample = data.inputShape();
        if (sample.height() != in.height() || sample.width() != in.width() || sample.channels() != in.channels()) {
            throw new LsqException("The dataset's samples are " + sample + " but network '" + network.name()
                    + "' expects " + in + " inputs; use the dataset the network was trained on.");
        }
        if (data.classCount() != classes) {
            throw new LsqException("The dataset has " + data.classCount() + " classes but network '"
                    + network.name() + "' outputs " + classes + " class scores; use a dataset with matching labels.");
        }
    }
}
