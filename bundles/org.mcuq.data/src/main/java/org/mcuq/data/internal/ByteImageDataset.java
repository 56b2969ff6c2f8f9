package org.mcuq.data.internal;

import java.util.Objects;

import org.mcuq.data.Dataset;
import org.mcuq.data.ImageShape;
import org.mcuq.data.PixelScaling;

/** 8-bit images stored in HWC order, scaled to floats on access. */
public final class ByteImageDataset implements Dataset {

    private final ImageShape shape;
    private final byte[] pixels;
    private final byte[] labels;
    private final int classCount;
    private final PixelScaling scaling;

    /** {@code pixels} holds {@code labels.length} images of {@code shape}, HWC; labels are unsigned bytes. */
    public ByteImageDataset(ImageShape shape, byte[] pixels, byte[] labels, int classCount, PixelScaling scaling) {
        if ((long) shape.elements() * labels.length != pixels.length) {
            throw new IllegalArgumentException(labels.length + " images of " + shape + " need "
                    + (long) shape.elements() * labels.length + " pixels, got " + pixels.length);
        }
        this.shape = shape;
        this.pixels = pixels;
        this.labels = labels;
        this.classCount = classCount;
        this.scaling = Objects.requireNonNull(scaling, "scaling");
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
        float[] values = new float[shape.elements()];
        copySample(index, values, 0);
        return values;
    }

    @Override
    public void copySample(int index, float[] target, int offset) {
        Objects.checkIndex(index, labels.length);
        int size = shape.elements();
        int start = index * size;
        for (int i = 0; i < size; i++) {
            target[offset + i] = scaling.apply(pixels[start + i] & 0xFF);
        }
    }

    @Override
    public int label(int index) {
        return labels[index] & 0xFF;
    }
}
