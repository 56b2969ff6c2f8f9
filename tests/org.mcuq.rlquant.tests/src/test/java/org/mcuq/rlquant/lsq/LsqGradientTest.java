package org.mcuq.rlquant.lsq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.liteengine.quant.WeightFormat;
import org.mcuq.rlquant.lsq.internal.LsqOps;
import org.mcuq.rlquant.lsq.internal.Nd4jSetup;
import org.mcuq.rlquant.lsq.internal.QuantRange;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * SameDiff's gradients of the LSQ fake quantizer equal LSQ's closed form on hand-made tensors: for the step,
 * {@code g * sum u * (-v/s + rint(v/s))} inside the range, {@code -Q_N} below and {@code Q_P} above; for the values,
 * straight through inside the range and 0 outside. The loss is {@code sum u * v_hat} with distinct weights
 * {@code u}, so every element's contribution counts. Forward values are checked against the engine's
 * {@link WeightFormat} and {@link TensorQuantization}.
 */
class LsqGradientTest {

    private static final float[] UPSTREAM = {1.0f, -2.0f, 0.5f, 3.0f, -1.5f, 2.5f, 0.25f, -0.75f};

    @BeforeAll
    static void nd4j() {
        Nd4jSetup.prepare();
    }

    /** v / s = -6.2 (below -Q_N = -4), -3.4, -1.5 (tie), -0.2, 0.6, 2.5 (tie), 2.9, 4.4 (above Q_P = 3). */
    @Test
    void signedThreeBitStepAndValueGradientsAreLsqs() {
        float s = 0.5f;
        float[] v = {-3.1f, -1.7f, -0.75f, -0.1f, 0.3f, 1.25f, 1.45f, 2.2f};
        QuantRange range = QuantRange.weights(3);
        Gradients grads = gradients(v, new float[] {s}, range, 0.2);
        for (int i = 0; i < v.length; i++) {
            assertEquals(WeightFormat.quantize(v[i], s, 3) * s, grads.forward[i], 0f, "forward " + i);
        }
        assertArrayEquals(new float[] {(float) (0.2 * closedFormStepGradient(v, s, -4, 3))}, grads.step, 1e-5f);
        assertArrayEquals(straightThrough(v, new float[] {s}, -4, 3), grads.values, 0f);
    }

    /** An unsigned 2-bit activation (codes 0..3): negative values clip to 0, large ones to 3. */
    @Test
    void unsignedTwoBitStepGradientIsLsqs() {
        float s = 0.3f;
        float[] v = {-0.4f, -0.01f, 0.05f, 0.2f, 0.44f, 0.7f, 0.89f, 1.6f};
        TensorQuantization tensor = new TensorQuantization(2, false, s);
        Gradients grads = gradients(v, new float[] {s}, QuantRange.of(tensor), 0.125);
        for (int i = 0; i < v.length; i++) {
            assertEquals(tensor.quantize(v[i]) * s, grads.forward[i], 1e-7f, "forward " + i);
        }
        assertArrayEquals(new float[] {(float) (0.125 * closedFormStepGradient(v, s, 0, 3))}, grads.step, 1e-5f);
        assertArrayEquals(straightThrough(v, new float[] {s}, 0, 3), grads.values, 0f);
    }

    /** Per-output-channel 4-bit steps (channel = last axis): each step gets its own channel's sum, with clipping. */
    @Test
    void perChannelStepsEachGetTheirChannelsGradient() {
        float[] s = {0.5f, 0.1f};
        float[] v = {-3.1f, 0.07f, -0.75f, -0.95f, 0.3f, 0.78f, 2.2f, 0.04f};
        Gradients grads = gradients(v, s, QuantRange.weights(4), 0.3);
        for (int c = 0; c < 2; c++) {
            float[] channel = {v[c], v[c + 2], v[c + 4], v[c + 6]};
            float[] upstream = {UPSTREAM[c], UPSTREAM[c + 2], UPSTREAM[c + 4], UPSTREAM[c + 6]};
            double expected = 0.3 * closedFormStepGradient(channel, upstream, s[c], -8, 7);
            assertEquals(expected, grads.step[c], 1e-5, "channel " + c);
        }
        assertArrayEquals(straightThrough(v, s, -8, 7), grads.values, 0f);
    }

    /**
     * 1-bit weights are {@code w >= 0 ? +s : -s} (+s at 0, as {@link WeightFormat}); the weight gradient passes
     * inside {@code |w| <= s}; the step gradient is {@code sign(w) - w/s} inside and {@code sign(w)} outside.
     */
    @Test
    void binaryWeightsFollowTheEnginesDefinitionAndTheDocumentedGradient() {
        float s = 0.5f;
        float[] v = {-0.9f, -0.2f, 0.0f, 0.05f, 0.4f, 0.45f, 1.3f, -0.5001f};
        Gradients grads = gradients(v, new float[] {s}, QuantRange.weights(1), 0.4);
        double step = 0;
        for (int i = 0; i < v.length; i++) {
            int q = WeightFormat.quantize(v[i], s, 1);
            assertEquals(q * s, grads.forward[i], 0f, "forward " + i);
            boolean inside = Math.abs(v[i] / s) <= 1;
            assertEquals(inside ? UPSTREAM[i] : 0f, grads.values[i], 0f, "value gradient " + i);
            step += UPSTREAM[i] * (inside ? q - (double) v[i] / s : q);
        }
        assertEquals(0.4 * step, grads.step[0], 1e-5);
    }

    private record Gradients(float[] forward, float[] values, float[] step) {
    }

    /** Forward values and the gradients of {@code sum UPSTREAM * fakeQuantize(v)}; v is [4, steps.length]. */
    private static Gradients gradients(float[] v, float[] steps, QuantRange range, double g) {
        SameDiff sd = SameDiff.create();
        SDVariable values = sd.var("v", Nd4j.create(v, new long[] {v.length / steps.length, steps.length}, 'c'));
        SDVariable step = sd.var("s", Nd4j.createFromArray(steps));
        SDVariable upstream = sd.constant(Nd4j.create(UPSTREAM, new long[] {v.length / steps.length,
                steps.length}, 'c'));
        SDVariable quantized = LsqOps.fakeQuantize(values, step, range, g);
        quantized.mul(upstream).sum("loss");
        sd.setLossVariables("loss");
        Map<String, INDArray> grads = sd.calculateGradients(Map.of(), "v", "s");
        return new Gradients(quantized.eval().dup('c').data().asFloat(), grads.get("v").dup('c').data().asFloat(),
                grads.get("s").data().asFloat());
    }

    private static double closedFormStepGradient(float[] v, float s, int min, int max) {
        return closedFormStepGradient(v, UPSTREAM, s, min, max);
    }

    /** LSQ's {@code d v_hat / d s} per element, weighted by the upstream gradient, in double. */
    private static double closedFormStepGradient(float[] v, float[] upstream, float s, int min, int max) {
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            double u = (double) v[i] / s;
            double d = u <= min ? min : u >= max ? max : -u + Math.rint(u);
            sum += upstream[i] * d;
        }
        return sum;
    }

    /** The upstream gradient where {@code min < v / s < max}, else 0. */
    private static float[] straightThrough(float[] v, float[] steps, int min, int max) {
        float[] expected = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            double u = (double) v[i] / steps[i % steps.length];
            expected[i] = u > min && u < max ? UPSTREAM[i] : 0f;
        }
        return expected;
    }
}
