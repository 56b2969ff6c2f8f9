package org.mcuq.rlquant.lsq.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mcuq.rlquant.lsq.LsqException;
import org.mcuq.rlquant.lsq.LsqOptions;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.ndarray.INDArray;

/** One mini-batch of fine-tuning: loss and gradients of all variables, then the momentum-SGD updates. */
public final class GradientStep {

    private final LsqGraph graph;
    private final LsqOptions options;
    private final MomentumSgd optimizer;
    private final List<String> weights;
    private final List<String> steps;
    private final List<String> all = new ArrayList<>();
    private boolean gradientsBuilt;

    public GradientStep(LsqGraph graph, LsqOptions options) {
        this.graph = graph;
        this.options = options;
        this.optimizer = new MomentumSgd(options.momentum());
        this.weights = graph.params().weightNames();
        this.steps = graph.params().stepNames();
        all.addAll(weights);
        all.addAll(steps);
    }

    /**
     * @param number the mini-batch's number, for the error message
     * @return the loss before the update
     * @throws LsqException if the loss is NaN or infinite
     */
    public double run(Map<String, INDArray> batch, int number) {
        OutAndGrad result = !gradientsBuilt ? firstGradients(batch)
                : graph.sd().calculateGradientsAndOutputs(batch, List.of(LsqGraph.LOSS), all);
        double loss = result.getOutputs().get(LsqGraph.LOSS).getDouble(0);
        if (!Double.isFinite(loss)) {
            throw new LsqException("LSQ fine-tuning diverged at mini-batch " + number + " (loss " + loss
                    + "); lower the learning rates (now " + options.weightLearningRate() + " for weights, "
                    + options.stepLearningRate() + " for steps).");
        }
        optimizer.update(graph.params(), result.getGradients(), weights, options.weightLearningRate(), false);
        optimizer.update(graph.params(), result.getGradients(), steps, options.stepLearningRate(), true);
        return loss;
    }

    /** The first call builds the gradient function, during which SameDiff prints a line per op. */
    private OutAndGrad firstGradients(Map<String, INDArray> batch) {
        OutAndGrad result = GradientChatterFilter.quietly(
                () -> graph.sd().calculateGradientsAndOutputs(batch, List.of(LsqGraph.LOSS), all));
        gradientsBuilt = true;
        return result;
    }
}
