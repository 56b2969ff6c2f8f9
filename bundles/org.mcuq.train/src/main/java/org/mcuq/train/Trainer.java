package org.mcuq.train;

import java.util.Random;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.mcuq.data.Dataset;

/** Mini-batch training with a seeded shuffle per epoch, so that a run can be repeated exactly. */
public final class Trainer {

    private final MultiLayerNetwork network;
    private final Random random;
    private final int batchSize;

    public Trainer(MultiLayerNetwork network, long seed, int batchSize) {
        this.network = network;
        this.random = new Random(seed);
        this.batchSize = batchSize;
    }

    /** One pass over {@code data} in a fresh random order; returns the loss of the last mini-batch. */
    public double epoch(Dataset data) {
        int[] order = shuffled(data.count());
        for (int from = 0; from < order.length; from += batchSize) {
            network.fit(Batches.of(data, order, from, Math.min(order.length, from + batchSize)));
        }
        return network.score();
    }

    private int[] shuffled(int n) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
