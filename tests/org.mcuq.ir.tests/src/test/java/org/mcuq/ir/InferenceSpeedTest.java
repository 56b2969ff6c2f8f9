package org.mcuq.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class InferenceSpeedTest {

    @Test
    void resnet8RunsWellUnderASecond() {
        Network net = new Network("resnet8", Resnet8.randomWeights(5));
        float[] x = Fixtures.uniform(new Random(1), 32 * 32 * 3, 1);
        float[] first = FloatInference.run(net, x); // warm-up
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            FloatInference.run(net, x);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("ResNet-8 float inference: %.1f ms%n", best / 1e6);
        assertTrue(best < 500_000_000L, "took " + best / 1e6 + " ms");
        double sum = 0;
        for (float p : first) {
            sum += p;
        }
        assertEquals(10, first.length);
        assertEquals(1.0, sum, 1e-5, "softmax output must sum to one");
    }
}
