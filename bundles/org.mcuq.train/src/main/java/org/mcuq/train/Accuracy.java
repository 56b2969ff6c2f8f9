package org.mcuq.train;

import java.util.stream.IntStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.mcuq.data.Dataset;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Top-1 accuracy of a network on a dataset. */
public final class Accuracy {

    private static final int BATCH = 500;

    private Accuracy() {
    }

    /** Fraction of samples whose highest-scoring class is their label. */
    public static double of(MultiLayerNetwork network, Dataset data) {
        int[] order = IntStream.range(0, data.count()).toArray();
        int correct = 0;
        for (int from = 0; from < data.count(); from += BATCH) {
            int to = Math.min(data.count(), from + BATCH);
            INDArray predicted = network.output(Batches.features(data, order, from, to), false).argMax(1);
            for (int i = from; i < to; i++) {
                if (predicted.getInt(i - from) == data.label(i)) {
                    correct++;
                }
            }
        }
        return (double) correct / data.count();
    }
}
