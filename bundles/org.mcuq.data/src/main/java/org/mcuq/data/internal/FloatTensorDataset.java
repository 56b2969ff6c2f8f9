package org.mcuq.data.internal;

import java.util.List;
import java.util.Objects;

import org.mcuq.data.Dataset;
import org.mcuq.data.ImageShape;

/** Samples held as float arrays (HWC). */
public final class FloatTensorDataset implements Dataset {

    private final ImageShape shape;
    private final List<float[]> samples;
    private final int[] labels;
    private final int classCount;

    public FloatTensorDataset(ImageShape shape, List<float[]> samples, int[] labels, int classCount) {
        if (samples.size() != labels.length) {
            throw new IllegalArgumentException(samples.size() + " samples but " + labels.length + " labels");
        }
        this.shape = shape;
        this.samples = List.copyOf(samples);
        this.labels = labels.clone();
        this.classCount = classCount;
    }

    @Override
    public int count() {
        return labels.length;
    }

    @Override
    public ImageShape inputShape() {
        return shape;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public float[] sample(int index) {
        return samples.get(index).clone();
    }

    @Override
    public void copySample(int index, float[] target, int offset) {
        float[] values = samples.get(index);
        System.arraycopy(values, 0, Objects.requireNonNull(target), offset, values.length);
    }

    @Override
    public int label(int index) {
        return labels[index];
    }
}
