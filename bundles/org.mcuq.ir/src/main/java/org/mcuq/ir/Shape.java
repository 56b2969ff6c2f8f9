package org.mcuq.ir;

/**
 * Shape of one activation tensor in NHWC order without the batch dimension. Vectors are {@code (1, 1, n)}.
 */
public record Shape(int height, int width, int channels) {

    public Shape {
        if (height <= 0 || width <= 0 || channels <= 0) {
            throw new IllegalArgumentException("Shape dimensions must be positive, got " + height + "x" + width + "x"
                    + channels);
        }
    }

    /** A vector of {@code n} elements, i.e. shape {@code (1, 1, n)}. */
    public static Shape vector(int n) {
        return new Shape(1, 1, n);
    }

    /** Number of elements, {@code height * width * channels}. */
    public int elements() {
        return height * width * channels;
    }

    /** True for shapes of the form {@code (1, 1, n)}. */
    public boolean isVector() {
        return height == 1 && width == 1;
    }

    /** Formats as {@code HxWxC}, e.g. {@code 32x32x3}. */
    @Override
    public String toString() {
        return height + "x" + width + "x" + channels;
    }
}
