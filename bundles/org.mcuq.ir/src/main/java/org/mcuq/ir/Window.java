package org.mcuq.ir;

/**
 * Geometry of a sliding window (convolution or pooling) from {@code in} to {@code out}: where each output row and
 * column starts in the input, with TensorFlow's SAME split (extra pad at the bottom/right).
 */
public record Window(Shape in, Shape out, int kernelH, int kernelW, int strideH, int strideW, int padTop,
        int padLeft) {

    public static Window of(Shape in, Shape out, int kh, int kw, int sh, int sw, Padding padding) {
        return new Window(in, out, kh, kw, sh, sw, padding.padBefore(in.height(), kh, sh),
                padding.padBefore(in.width(), kw, sw));
    }

    /** Input row read by output row {@code oy} at kernel row {@code ky}, or -1 if it falls into the padding. */
    public int inputRow(int oy, int ky) {
        int iy = oy * strideH - padTop + ky;
        return iy >= 0 && iy < in.height() ? iy : -1;
    }

    /** Input column read by output column {@code ox} at kernel column {@code kx}, or -1 if in the padding. */
    public int inputColumn(int ox, int kx) {
        int ix = ox * strideW - padLeft + kx;
        return ix >= 0 && ix < in.width() ? ix : -1;
    }

    /** Offset of pixel {@code (iy, ix)} in the NHWC input array. */
    public int inputOffset(int iy, int ix) {
        return (iy * in.width() + ix) * in.channels();
    }

    /** Offset of pixel {@code (oy, ox)} in the NHWC output array. */
    public int outputOffset(int oy, int ox) {
        return (oy * out.width() + ox) * out.channels();
    }
}
