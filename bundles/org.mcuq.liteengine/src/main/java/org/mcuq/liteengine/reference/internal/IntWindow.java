package org.mcuq.liteengine.reference.internal;

import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;

/**
 * Sliding-window geometry from {@code in} to {@code out} with TensorFlow's SAME split (the extra pad row or
 * column at the bottom or right). Positions in the padding are skipped: they hold the zero point 0 for
 * convolutions and are ignored by pooling.
 */
record IntWindow(Shape in, Shape out, int kernelH, int kernelW, int strideH, int strideW, int padTop,
        int padLeft) {

    static IntWindow of(Shape in, Shape out, int kh, int kw, int sh, int sw, Padding padding) {
        return new IntWindow(in, out, kh, kw, sh, sw, padding.padBefore(in.height(), kh, sh),
                padding.padBefore(in.width(), kw, sw));
    }

    /** Input row of output row {@code oy} at kernel row {@code ky}, or -1 inside the padding. */
    int inputRow(int oy, int ky) {
        int iy = oy * strideH - padTop + ky;
        return iy >= 0 && iy < in.height() ? iy : -1;
    }

    /** Input column of output column {@code ox} at kernel column {@code kx}, or -1 inside the padding. */
    int inputColumn(int ox, int kx) {
        int ix = ox * strideW - padLeft + kx;
        return ix >= 0 && ix < in.width() ? ix : -1;
    }

    int inputOffset(int iy, int ix) {
        return (iy * in.width() + ix) * in.channels();
    }

    int outputOffset(int oy, int ox) {
        return (oy * out.width() + ox) * out.channels();
    }
}
