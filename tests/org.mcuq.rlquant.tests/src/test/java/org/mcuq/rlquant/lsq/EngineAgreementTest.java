package org.mcuq.rlquant.lsq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mcuq.data.ImageShape;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.reference.ReferenceExecutor;
import org.mcuq.rlquant.lsq.internal.BatchSource;
import org.mcuq.rlquant.lsq.internal.Exporter;
import org.mcuq.rlquant.lsq.internal.GradientStep;
import org.mcuq.rlquant.lsq.internal.LsqGraph;
import org.mcuq.rlquant.lsq.internal.TrainingSetup;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * On a network with every supported layer kind and mixed bit widths (binary weights included), after a few
 * training steps have moved weights and steps, the exported network and spec make LiteEngine's integer reference
 * executor compute the graph's integer tensors, layer by layer.
 */
class EngineAgreementTest {

    private static final ImageShape SHAPE = new ImageShape(8, 8, 2);
    private static final int SAMPLES = 200;

    @Test
    void theReferenceExecutorComputesEveryIntegerTensorOfTheGraph() {
        Network network = AllLayersNetwork.create(5);
        ArrayDataset train = ArrayDataset.random(1, 256, SHAPE, AllLayersNetwork.CLASSES, -1, 1);
        ArrayDataset test = ArrayDataset.random(2, SAMPLES, SHAPE, AllLayersNetwork.CLASSES, -1, 1);
        TrainingSetup setup = TrainingSetup.create(network, AllLayersNetwork.bits(),
                TrainingSetup.firstSamples(train, 64), StepInit.LSQ);
        trainInOrder(setup, train, 8);
        LsqResult result = Exporter.export(setup.prepared(), setup.graph().params(), setup.spec());
        assertEquals(Set.of("in", "ca", "dw", "cc", "add", "relu", "fc"), result.spec().layersWithActivationSteps());
        Map<String, long[]> mismatches = compareLayers(setup.graph(), result.quantize(), test);
        mismatches.forEach((layer, m) -> System.out.printf("%-8s %6d of %6d integers differ%n", layer, m[0], m[1]));
        mismatches.forEach((layer, m) -> assertTrue(m[0] <= m[1] / 1000, layer + ": " + m[0] + " of " + m[1]));
    }

    /** Per layer: integers that differ between graph and engine, and integers compared. */
    private static Map<String, long[]> compareLayers(LsqGraph graph, QuantizedNetwork quantized, ArrayDataset test) {
        List<String> layers = List.copyOf(graph.codes().keySet());
        INDArray features = new BatchSource(test, quantized.network(), AllLayersNetwork.CLASSES).features(0, SAMPLES);
        Map<String, INDArray> outputs = graph.sd().output(Map.of(LsqGraph.INPUT, features),
                layers.stream().map(graph.codes()::get).toArray(String[]::new));
        Map<String, long[]> mismatches = new LinkedHashMap<>();
        for (int i = 0; i < SAMPLES; i++) {
            Map<String, int[]> engine = ReferenceExecutor.runAll(quantized, quantized.quantizeInput(test.sample(i)));
            for (String layer : layers) {
                float[] codes = outputs.get(graph.codes().get(layer)).slice(i).dup('c').data().asFloat();
                long[] m = mismatches.computeIfAbsent(layer, k -> new long[2]);
                m[0] += differing(engine.get(layer), codes);
                m[1] += codes.length;
            }
        }
        return mismatches;
    }

    private static void trainInOrder(TrainingSetup setup, ArrayDataset train, int steps) {
        GradientStep step = new GradientStep(setup.graph(), LsqOptions.defaults().withLearningRates(0.05, 0.05));
        BatchSource source = new BatchSource(train, setup.prepared(), AllLayersNetwork.CLASSES);
        int[] order = new int[train.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int s = 0; s < steps; s++) {
            step.run(source.batch(order, s * 32, s * 32 + 32), s + 1);
        }
    }

    private static int differing(int[] engine, float[] graph) {
        assertEquals(engine.length, graph.length, "tensor sizes");
        int count = 0;
        for (int c = 0; c < engine.length; c++) {
            count += engine[c] != graph[c] ? 1 : 0;
        }
        return count;
    }
}
