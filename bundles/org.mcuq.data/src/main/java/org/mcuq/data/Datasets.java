package org.mcuq.data;

import java.util.stream.IntStream;

import org.mcuq.data.internal.SubsetDataset;

/** Views of existing datasets. */
public final class Datasets {

    private Datasets() {
    }

    /** The first {@code n} samples of {@code dataset}. */
    public static Dataset first(Dataset dataset, int n) {
        if (n < 0 || n > dataset.count()) {
            throw new IllegalArgumentException("Cannot take the first " + n + " samples of a dataset of "
                    + dataset.count());
        }
        return subset(dataset, IntStream.range(0, n).toArray());
    }

    /** The samples of {@code dataset} at {@code indices}, in that order (indices may repeat). */
    public static Dataset subset(Dataset dataset, int[] indices) {
        return new SubsetDataset(dataset, indices);
    }
}
