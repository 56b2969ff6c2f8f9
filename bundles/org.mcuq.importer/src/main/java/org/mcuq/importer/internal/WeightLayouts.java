package org.mcuq.importer.internal;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Reorders DL4J parameter arrays into the IR's layouts. */
final class WeightLayouts {

    private WeightLayouts() {
    }

    /** All values of {@code array} as float32, row-major ('c') order. */
    static float[] rowMajor(INDArray array) {
        INDArray copy = array.castTo(DataType.FLOAT).dup('c');
        return copy.reshape(copy.length()).toFloatVector();
    }

    /** DL4J conv kernel {@code [out][in][kh][kw]} to the IR's {@code [kh][kw][in][out]}. */
    static float[] oihwToHwio(INDArray kernel) {
        long[] s = kernel.shape();
        int out = (int) s[0];
        int in = (int) s[1];
        int kh = (int) s[2];
        int kw = (int) s[3];
        float[] oihw = rowMajor(kernel);
        float[] hwio = new float[oihw.length];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                for (int y = 0; y < kh; y++) {
                    for (int x = 0; x < kw; x++) {
                        hwio[((y * kw + x) * in + i) * out + o] = oihw[((o * in + i) * kh + y) * kw + x];
                    }
                }
            }
        }
        return hwio;
    }

    /**
     * Dense weights {@code [in][units]} whose input rows follow a CHW flatten of {@code (h, w, c)}, reordered so
     * that the rows follow the IR's HWC flatten.
     */
    static float[] chwRowsToHwc(float[] weights, int h, int w, int c, int units) {
        float[] reordered = new float[weights.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    int hwcRow = (y * w + x) * c + ch;
                    int chwRow = (ch * h + y) * w + x;
                    System.arraycopy(weights, chwRow * units, reordered, hwcRow * units, units);
                }
            }
        }
        return reordered;
    }
}
