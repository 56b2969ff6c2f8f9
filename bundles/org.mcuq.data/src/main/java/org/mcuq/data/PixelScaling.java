package org.mcuq.data;

/**
 * Maps an 8-bit pixel {@code p} to the network's input value {@code (p - offset) / divisor}. The division (not a
 * multiplication by the reciprocal) is deliberate: training and inference must produce bit-identical inputs.
 *
 * @param offset  subtracted from the pixel first
 * @param divisor the difference is divided by this (non-zero)
 */
public record PixelScaling(float offset, float divisor) {

    /** Pixel values unchanged, 0..255 (the MLPerf Tiny ResNet-8 convention). */
    public static final PixelScaling RAW = new PixelScaling(0f, 1f);

    /** {@code p / 255}, range 0..1 (the MNIST example's convention). */
    public static final PixelScaling UNIT = new PixelScaling(0f, 255f);

    /** {@code p - 128}, range -128..127 (int8 models that take centred pixels). */
    public static final PixelScaling CENTERED = new PixelScaling(128f, 1f);

    public PixelScaling {
        if (divisor == 0f || !Float.isFinite(divisor) || !Float.isFinite(offset)) {
            throw new IllegalArgumentException("Pixel scaling needs a finite offset and a finite, non-zero divisor,"
                    + " got offset " + offset + " and divisor " + divisor);
        }
    }

    /** The input value for an unsigned pixel value 0..255. */
    public float apply(int pixel) {
        return (pixel - offset) / divisor;
    }
}
