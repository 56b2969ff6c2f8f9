package org.mcuq.rlquant.agent.internal;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Adam (Kingma and Ba) on one flat parameter vector, updated in place; beta 0.9 / 0.999, eps 1e-8. */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final INDArray parameters;
    private final double learningRate;
    private final INDArray firstMoment;
    private final INDArray secondMoment;
    private int steps;

    Adam(INDArray parameters, double learningRate) {
        this.parameters = parameters;
        this.learningRate = learningRate;
        try (MemoryWorkspace ignored = Workspaces.persistent()) {
            this.firstMoment = parameters.ulike().assign(0);
            this.secondMoment = parameters.ulike().assign(0);
        }
    }

    /** One descent step along {@code gradient} (same layout as the parameters). */
    void step(INDArray gradient) {
        steps++;
        double firstCorrection = 1 - Math.pow(BETA1, steps);
        double secondCorrection = 1 - Math.pow(BETA2, steps);
        INDArray g = gradient.reshape(parameters.shape());
        firstMoment.muli(BETA1).addi(g.mul(1 - BETA1));
        secondMoment.muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
        INDArray denominator = Transforms.sqrt(secondMoment.div(secondCorrection), false).addi(EPSILON);
        parameters.subi(firstMoment.mul(learningRate / firstCorrection).divi(denominator));
    }

    int steps() {
        return steps;
    }

    INDArray firstMoment() {
        return firstMoment;
    }

    INDArray secondMoment() {
        return secondMoment;
    }

    void restoreSteps(int restored) {
        this.steps = restored;
    }
}
