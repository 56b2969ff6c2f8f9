package org.mcuq.data;

import java.util.Arrays;
import java.util.Random;

/**
 * A deterministic random partition of a dataset into training and validation parts. The same dataset size,
 * fraction and seed always give the same partition; each part keeps the original sample order.
 *
 * @param train      the samples not chosen for validation
 * @param validation the chosen samples
 */
public record DatasetSplit(Dataset train, Dataset validation) {

    /**
     * Splits off {@code round(count * validationFraction)} samples for validation, chosen by a seeded shuffle.
     *
     * @param validationFraction in {@code [0, 1]}
     */
    public static DatasetSplit of(Dataset dataset, double validationFraction, long seed) {
        if (!(validationFraction >= 0 && validationFraction <= 1)) {
            throw new IllegalArgumentException("Validation fraction must lie in [0, 1], got " + validationFraction);
        }
        int[] order = shuffledIndices(dataset.count(), seed);
        int validationCount = (int) Math.round(dataset.count() * validationFraction);
        int[] validation = Arrays.copyOfRange(order, 0, validationCount);
        int[] train = Arrays.copyOfRange(order, validationCount, order.length);
        Arrays.sort(validation);
        Arrays.sort(train);
        return new DatasetSplit(Datasets.subset(dataset, train), Datasets.subset(dataset, validation));
    }

    /** Fisher-Yates over {@code 0 .. n-1} driven by {@link Random}, whose sequence the JDK specifies. */
    static int[] shuffledIndices(int n, long seed) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
