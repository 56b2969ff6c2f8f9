package org.mcuq.liteengine.reference.internal;

import java.util.List;

import org.mcuq.ir.Shape;
import org.mcuq.ir.ZeroPadding;
import org.mcuq.liteengine.quant.IntegerArithmetic;
import org.mcuq.liteengine.quant.QuantizedScaledSum;

/** Integer kernels that work element by element or only move data. */
public final class ElementwiseKernels {

    private ElementwiseKernels() {
    }

    /** {@code y = clamp(roundingShiftRight(sum_k (int64) x_k * m_k, shift))} element by element. */
    public static int[] scaledSum(QuantizedScaledSum q, List<int[]> inputs) {
        int[] y = new int[inputs.get(0).length];
        int[] m = q.multipliers();
        for (int i = 0; i < y.length; i++) {
            long sum = 0;
            for (int k = 0; k < m.length; k++) {
                sum += (long) inputs.get(k)[i] * m[k];
            }
            y[i] = IntegerArithmetic.clamp(IntegerArithmetic.roundingShiftRight(sum, q.shift()), q.clampMin(),
                    q.clampMax());
        }
        return y;
    }

    /** Copies the input into the middle of an output filled with the zero point 0. */
    public static int[] zeroPadding(ZeroPadding l, int[] x, Shape in, Shape out) {
        int[] y = new int[out.elements()];
        int rowLength = in.width() * in.channels();
        for (int iy = 0; iy < in.height(); iy++) {
            int target = ((iy + l.top()) * out.width() + l.left()) * out.channels();
            System.arraycopy(x, iy * rowLength, y, target, rowLength);
        }
        return y;
    }
}
