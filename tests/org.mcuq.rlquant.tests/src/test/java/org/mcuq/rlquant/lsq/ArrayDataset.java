package org.mcuq.rlquant.lsq;

import java.util.List;
import java.util.Random;

import org.mcuq.data.Dataset;
import org.mcuq.data.ImageShape;

/** An in-memory dataset of given samples and labels. */
record ArrayDataset(ImageShape inputShape, int classCount, List<float[]> samples, int[] labels) implements Dataset {

    /** {@code count} samples uniform in {@code [low, high)} with uniformly random labels. */
    static ArrayDataset random(long seed, int count, ImageShape shape, int classes, double low, double high) {
        Random random = new Random(seed);
        float[][] samples = new float[count][shape.elements()];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < samples[i].length; j++) {
                samples[i][j] = (float) (low + random.nextDouble() * (high - low));
            }
            labels[i] = random.nextInt(classes);
        }
        return new ArrayDataset(shape, classes, List.of(samples), labels);
    }

    @Override
    public int count() {
        return samples.size();
    }

    @Override
    public float[] sample(int index) {
        return samples.get(index).clone();
    }

    @Override
    public int label(int index) {
        return labels[index];
    }
}
