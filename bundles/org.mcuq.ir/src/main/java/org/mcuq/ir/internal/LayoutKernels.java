package org.mcuq.ir.internal;

import org.mcuq.ir.Shape;
import org.mcuq.ir.ZeroPadding;

/** Float kernels that only move data: zero padding (flatten and reshape keep the NHWC order as is). */
public final class LayoutKernels {

    private LayoutKernels() {
    }

    public static float[] zeroPadding(ZeroPadding l, float[] x, Shape in, Shape out) {
        float[] y = new float[out.elements()];
        int rowLength = in.width() * in.channels();
        for (int iy = 0; iy < in.height(); iy++) {
            int target = ((iy + l.top()) * out.width() + l.left()) * out.channels();
            System.arraycopy(x, iy * rowLength, y, target, rowLength);
        }
        return y;
    }
}
