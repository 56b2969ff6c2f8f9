package org.mcuq.liteengine.cost;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mcuq.boards.Board;
import org.mcuq.ir.Network;

/**
 * The other cores' coefficients against QEMU: on Cortex-M3 and M7, ResNet-8 at uniform 8 and 4 bits and a random
 * mixed policy, and LeNet-5 at a random policy, all in one profiled firmware per core. Network totals must be within
 * 10% in instructions (the M4 has the full report in {@link CostModelAccuracyTest}).
 */
class CostModelCoresTest {

    private static final double TOLERANCE = 0.10;

    @TempDir
    Path work;

    @ParameterizedTest
    @EnumSource(value = Board.class, names = {"QEMU_M3", "QEMU_M7"})
    void networkInstructionTotalsAreWithinTenPercent(Board board) {
        EstimateCheck check = new EstimateCheck(new ProfiledFirmware(board, work));
        Network resnet = CostNetworks.resnet8();
        List<float[]> inputs = CostNetworks.inputs(resnet, 7);
        NetworkCostModel model = NetworkCostModel.of(resnet, BoardCores.core(board), inputs);
        check.add("resnet8", resnet, model, CostNetworks.uniform(resnet, 8), inputs);
        check.add("resnet8", resnet, model, CostNetworks.uniform(resnet, 4), inputs);
        check.add("resnet8", resnet, model, CostNetworks.random(resnet, 3), inputs);
        Network lenet = CostNetworks.lenet5();
        List<float[]> lenetInputs = CostNetworks.inputs(lenet, 6);
        check.add("lenet5", lenet, NetworkCostModel.of(lenet, BoardCores.core(board), lenetInputs),
                CostNetworks.random(lenet, 2), lenetInputs);
        check.run();
        System.out.print(ErrorTable.of("Instructions per network and policy (" + board.id() + ")", check.cases(),
                EstimateCheck.Case::label, c -> c.estimate().instructions(), check::measuredInstructions));
        for (EstimateCheck.Case c : check.cases()) {
            double measured = check.measuredInstructions(c);
            double error = (c.estimate().instructions() - measured) / measured;
            assertTrue(Math.abs(error) <= TOLERANCE, c.label() + " on " + board.id() + ": estimated "
                    + c.estimate().instructions() + " instructions, measured " + (long) measured);
        }
    }
}
