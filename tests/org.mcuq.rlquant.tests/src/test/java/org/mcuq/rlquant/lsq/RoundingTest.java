package org.mcuq.rlquant.lsq;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcuq.liteengine.quant.IntegerArithmetic;
import org.mcuq.rlquant.lsq.internal.LsqOps;
import org.mcuq.rlquant.lsq.internal.Nd4jSetup;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The graph rounds as the engine does: codes half to even ({@code Math.rint}, the engine's weight, bias and input
 * quantization) and averages half away from zero ({@code IntegerArithmetic.roundedDivide}).
 */
class RoundingTest {

    @BeforeAll
    static void nd4j() {
        Nd4jSetup.prepare();
    }

    @Test
    void roundHalfEvenIsRintOnTiesNearTiesAndRandomValues() {
        float[] special = {0.5f, -0.5f, 1.5f, -1.5f, 2.5f, -2.5f, 0.49999997f, -0.49999997f, 0.50000006f, 3.4999998f,
            4194303.5f, -4194302.5f, 0f, -0f, 7f, 1e-30f};
        float[] values = new float[special.length + 2000];
        System.arraycopy(special, 0, values, 0, special.length);
        Random random = new Random(3);
        for (int i = special.length; i < values.length; i++) {
            double scale = i % 2 == 0 ? 300 : 1 << 21;
            values[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
        }
        float[] rounded = evaluate(values, LsqOps::roundHalfEven);
        for (int i = 0; i < values.length; i++) {
            assertEquals((float) Math.rint(values[i]), rounded[i], 0f, "rint(" + values[i] + ")");
        }
    }

    @Test
    void averagesRoundHalfAwayFromZeroLikeTheEnginesDivision() {
        int[] counts = {1, 2, 4, 6, 9};
        float[] sums = new float[101 * counts.length];
        float[] divisors = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = i % 101 - 50;
            divisors[i] = counts[i / 101];
        }
        SameDiff sd = SameDiff.create();
        SDVariable means = sd.constant(Nd4j.createFromArray(sums)).div(sd.constant(Nd4j.createFromArray(divisors)));
        float[] rounded = LsqOps.roundHalfAwayStraightThrough(means).eval().data().asFloat();
        for (int i = 0; i < sums.length; i++) {
            assertEquals(IntegerArithmetic.roundedDivide((int) sums[i], (int) divisors[i]), rounded[i], 0f,
                    sums[i] + " / " + divisors[i]);
        }
    }

    private static float[] evaluate(float[] values, UnaryOperator<SDVariable> op) {
        SameDiff sd = SameDiff.create();
        return op.apply(sd.constant(Nd4j.createFromArray(values))).eval().data().asFloat();
    }
}
