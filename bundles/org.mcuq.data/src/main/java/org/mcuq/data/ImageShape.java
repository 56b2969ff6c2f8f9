package org.mcuq.data;

/** Shape of one sample: height, width and channels (HWC). */
public record ImageShape(int height, int width, int channels) {

    public ImageShape {
        if (height <= 0 || width <= 0 || channels <= 0) {
            throw new IllegalArgumentException("Sample dimensions must be positive, got " + height + "x" + width
                    + "x" + channels);
        }
    }

    /** Number of values in one sample. */
    public int elements() {
        return height * width * channels;
    }

    @Override
    public String toString() {
        return height + "x" + width + "x" + channels;
    }
}
