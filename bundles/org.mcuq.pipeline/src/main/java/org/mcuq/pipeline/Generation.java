package org.mcuq.pipeline;

import org.mcuq.boards.TargetBoard;
import org.mcuq.liteengine.codegen.GeneratedProject;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/**
 * What {@link Pipeline#generate} produced.
 *
 * @param project   the generated C project (files, memory plan, kernels)
 * @param spec      the project spec saved beside it
 * @param network   the quantized network the code implements
 * @param board     the board the project was generated for
 * @param stepsFrom where the steps came from (calibration data or the policy)
 * @param testInput the quantized test input of the generated main.c
 */
public record Generation(GeneratedProject project, ProjectSpec spec, QuantizedNetwork network, TargetBoard board,
        String stepsFrom, int[] testInput) {

    public Generation {
        testInput = testInput.clone();
    }

    @Override
    public int[] testInput() {
        return testInput.clone();
    }
}
