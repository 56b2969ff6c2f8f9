package org.mcuq.importer;

import java.util.SplittableRandom;

import org.mcuq.ir.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Test inputs and conversions between the IR's HWC arrays and DL4J's batched arrays. */
final class Tensors {

    private Tensors() {
    }

    /** Uniform random values in {@code [low, high)}. */
    static float[] uniform(SplittableRandom random, int n, double low, double high) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextDouble(low, high);
        }
        return values;
    }

    /** One HWC sample as a DL4J NHWC batch of one. */
    static INDArray nhwc(float[] hwc, Shape shape) {
        return Nd4j.create(hwc.clone(), new long[] {1, shape.height(), shape.width(), shape.channels()}, 'c');
    }

    /** One HWC sample as a DL4J NCHW batch of one. */
    static INDArray nchw(float[] hwc, Shape shape) {
        return nhwc(hwc, shape).permute(0, 3, 1, 2).dup('c');
    }

    /** A DL4J activation with batch size one as an HWC array (NHWC or 2-D {@code [1, n]} input). */
    static float[] fromNhwc(INDArray array) {
        INDArray copy = array.dup('c');
        return copy.reshape(copy.length()).toFloatVector();
    }

    /** A DL4J NCHW activation with batch size one as an HWC array. */
    static float[] fromNchw(INDArray array) {
        return fromNhwc(array.permute(0, 2, 3, 1));
    }
}
