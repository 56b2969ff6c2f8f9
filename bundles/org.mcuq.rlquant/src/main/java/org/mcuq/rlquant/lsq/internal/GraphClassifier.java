package org.mcuq.rlquant.lsq.internal;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Runs the graph forward: integer logits and the class the engine would report for them. */
public final class GraphClassifier {

    private static final int BATCH = 256;

    private GraphClassifier() {
    }

    /** The integer logits of samples {@code from .. to} of {@code source}, {@code [n, classes]}. */
    public static INDArray logitCodes(LsqGraph graph, BatchSource source, int from, int to) {
        return graph.sd().outputSingle(Map.of(LsqGraph.INPUT, source.features(from, to)), LsqGraph.LOGIT_CODES);
    }

    /** The predicted class of every sample of {@code source}, in order. */
    public static int[] predict(LsqGraph graph, BatchSource source) {
        int[] predictions = new int[source.count()];
        for (int from = 0; from < predictions.length; from += BATCH) {
            int to = Math.min(predictions.length, from + BATCH);
            INDArray codes = logitCodes(graph, source, from, to);
            for (int i = from; i < to; i++) {
                predictions[i] = firstArgmax(codes.getRow(i - from).toFloatVector());
            }
        }
        return predictions;
    }

    /** Index of the largest value, the first one on ties, as {@code ReferenceExecutor.argmax}. */
    static int firstArgmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
