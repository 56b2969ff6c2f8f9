package org.mcuq.data.internal;

import org.mcuq.data.Dataset;
import org.mcuq.data.ImageShape;

/** A view of selected samples of another dataset, in the order of {@code indices}. */
public final class SubsetDataset implements Dataset {

    private final Dataset base;
    private final int[] indices;

    public SubsetDataset(Dataset base, int[] indices) {
        for (int index : indices) {
            if (index < 0 || index >= base.count()) {
                throw new IndexOutOfBoundsException("Sample " + index + " of a dataset of " + base.count());
            }
        }
        this.base = base;
        this.indices = indices.clone();
    }

    @Override
    public int count() {
        return indices.length;
    }

    @Override
    public ImageShape inputShape() {
        return base.inputShape();
    }

    @Override
    public int classCount() {
        return base.classCount();
    }

    @Override
    public float[] sample(int index) {
        return base.sample(indices[index]);
    }

    @Override
    public void copySample(int index, float[] target, int offset) {
        base.copySample(indices[index], target, offset);
    }

    @Override
    public int label(int index) {
        return base.label(indices[index]);
    }
}
