package org.mcuq.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.mcuq.data.internal.FloatTensorDataset;

class DatasetSplitTest {

    /** Sample i holds the single value i, so a split's content reveals which samples it took. */
    private static Dataset numbered(int n) {
        List<float[]> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            samples.add(new float[] {i});
        }
        return new FloatTensorDataset(new ImageShape(1, 1, 1), samples, IntStream.range(0, n).map(i -> i % 3)
                .toArray(), 3);
    }

    private static int[] ids(Dataset part) {
        return IntStream.range(0, part.count()).map(i -> (int) part.sample(i)[0]).toArray();
    }

    @Test
    void partitionsAllSamplesInOriginalOrder() {
        DatasetSplit split = DatasetSplit.of(numbered(100), 0.2, 7);

        assertEquals(20, split.validation().count());
        assertEquals(80, split.train().count());
        int[] all = IntStream.concat(IntStream.of(ids(split.train())), IntStream.of(ids(split.validation())))
                .sorted().toArray();
        assertArrayEquals(IntStream.range(0, 100).toArray(), all);
        assertArrayEquals(IntStream.of(ids(split.train())).sorted().toArray(), ids(split.train()));
    }

    @Test
    void sameSeedGivesTheSamePartitionAndOtherSeedsDiffer() {
        int[] first = ids(DatasetSplit.of(numbered(1000), 0.1, 42).validation());
        int[] again = ids(DatasetSplit.of(numbered(1000), 0.1, 42).validation());
        int[] other = ids(DatasetSplit.of(numbered(1000), 0.1, 43).validation());

        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void validationIsNotJustTheHeadOrTail() {
        int[] validation = ids(DatasetSplit.of(numbered(1000), 0.1, 1).validation());

        assertTrue(validation[0] < 100 && validation[validation.length - 1] >= 900, "spread over the whole range");
    }

    @Test
    void labelsFollowTheirSamples() {
        Dataset validation = DatasetSplit.of(numbered(50), 0.5, 3).validation();

        for (int i = 0; i < validation.count(); i++) {
            assertEquals((int) validation.sample(i)[0] % 3, validation.label(i));
        }
    }

    @Test
    void rejectsFractionsOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.of(numbered(10), 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> DatasetSplit.of(numbered(10), Double.NaN, 0));
    }
}
