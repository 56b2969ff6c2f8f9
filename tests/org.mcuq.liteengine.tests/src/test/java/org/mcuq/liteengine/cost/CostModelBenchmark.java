package org.mcuq.liteengine.cost;

import java.util.Random;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.packing.Core;

/**
 * How many policies per second {@link NetworkCostModel#estimate} prices on ResNet-8 (Cortex-M4 model), with
 * uniformly random weight and activation bits per layer. Run with
 * {@code ./mvnw -q -f tests/org.mcuq.liteengine.tests/pom.xml exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.mcuq.liteengine.cost.CostModelBenchmark [-Dexec.args=<seconds>]}.
 */
public final class CostModelBenchmark {

    /** What a run measured; {@code checksum} (summed cycles) keeps the work from being optimised away. */
    record Result(long evaluations, double seconds, long checksum) {

        double perSecond() {
            return evaluations / seconds;
        }

        String describe() {
            return String.format("%,d evaluations in %.2f s: %,.0f evaluations/s (checksum %d)", evaluations,
                    seconds, perSecond(), checksum);
        }
    }

    private CostModelBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        Network resnet = CostNetworks.resnet8();
        long start = System.nanoTime();
        NetworkCostModel model = NetworkCostModel.of(resnet, Core.CORTEX_M4, CostNetworks.inputs(resnet, 1));
        System.out.printf("ResNet-8 model built in %.2f s (%d layers with weights)%n",
                (System.nanoTime() - start) / 1e9, model.layers().size());
        run(model, seconds / 5, 1);
        System.out.println("ResNet-8, random policies: " + run(model, seconds, 2).describe());
    }

    /** Prices random policies for about {@code seconds} (after the given warm-up, if any). */
    static Result run(NetworkCostModel model, double seconds, long seed) {
        Random random = new Random(seed);
        int n = model.layers().size();
        int[][] weights = new int[1024][n];
        int[][] activations = new int[1024][n];
        for (int p = 0; p < weights.length; p++) {
            for (int i = 0; i < n; i++) {
                weights[p][i] = 1 + random.nextInt(8);
                activations[p][i] = 1 + random.nextInt(8);
            }
        }
        long evaluations = 0;
        long checksum = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (int p = 0; p < weights.length; p++) {
                checksum += model.estimate(weights[p], activations[p]).cycles();
            }
            evaluations += weights.length;
        }
        return new Result(evaluations, (System.nanoTime() - start) / 1e9, checksum);
    }
}
