package org.mcuq.liteengine.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.packing.Core;

/**
 * The cost model against QEMU Cortex-M4 measurements of the generated code: ResNet-8 at uniform 8, 4 and 2 bits
 * and two random mixed policies, LeNet-5 at the same uniform policies and one mixed, and the brief's four layers
 * at uniform 8, 4, 2 and a random pair, all in one profiled firmware. None of these networks is in the
 * calibration set (random networks). Network totals must be within 10% in instructions; the errors per op and
 * kernel, per network and of the cycle estimate are printed for the report. Constant bytes must equal the
 * compiled objects' tables exactly.
 */
class CostModelAccuracyTest {

    private static final double TOLERANCE = 0.10;

    @TempDir
    static Path work;

    private static EstimateCheck check;

    @BeforeAll
    static void measure() {
        Board board = Board.QEMU_M4;
        Core core = BoardCores.core(board);
        check = new EstimateCheck(new ProfiledFirmware(board, work));
        addAll("resnet8", CostNetworks.resnet8(), core, 2);
        addAll("lenet5", CostNetworks.lenet5(), core, 1);
        for (Network layer : CostNetworks.briefLayers()) {
            addAll(layer.name(), layer, core, 1);
        }
        check.run();
    }

    private static void addAll(String label, Network network, Core core, int mixed) {
        List<float[]> inputs = CostNetworks.inputs(network, label.length());
        NetworkCostModel model = NetworkCostModel.of(network, core, inputs);
        for (int bits : new int[] {8, 4, 2}) {
            check.add(label, network, model, CostNetworks.uniform(network, bits), inputs);
        }
        for (int seed = 1; seed <= mixed; seed++) {
            check.add(label, network, model, CostNetworks.random(network, seed), inputs);
        }
    }

    @Test
    void networkInstructionTotalsAreWithinTenPercent() {
        List<EstimateCheck.Case> cases = check.cases();
        System.out.print(ErrorTable.of("Instructions per layer, by op and kernel (qemu-m4)", check.layers(),
                EstimateCheck.LayerComparison::op, l -> l.estimate().instructions(), l -> l.instructions()));
        if (Boolean.getBoolean("cost.verbose")) {
            check.layers().forEach(l -> System.out.printf("  %-60s %-22s %-34s %,12.0f %+7.2f%%%n", l.c().label(),
                    l.estimate().layer(), l.op(), l.instructions(),
                    100 * (l.estimate().instructions() - l.instructions()) / l.instructions()));
        }
        System.out.print(ErrorTable.of("Instructions per network and policy (qemu-m4)", cases,
                EstimateCheck.Case::label, c -> c.estimate().instructions(), c -> check.measuredInstructions(c)));
        for (EstimateCheck.Case c : cases) {
            double error = (double) (c.estimate().instructions() - check.measuredInstructions(c))
                    / check.measuredInstructions(c);
            assertTrue(Math.abs(error) <= TOLERANCE, c.label() + ": estimated " + c.estimate().instructions()
                    + " instructions, measured " + check.measuredInstructions(c));
        }
    }

    @Test
    void cycleEstimatesAreReported() {
        System.out.print(ErrorTable.of("Cycles per network and policy (qemu-m4, cortex-m4-trm-v1 model)",
                check.cases(), EstimateCheck.Case::label, c -> c.estimate().cycles(), c -> check.measuredCycles(c)));
        System.out.print(ErrorTable.of("Code bytes per layer, by op and kernel", check.layers(),
                EstimateCheck.LayerComparison::op, l -> l.estimate().codeBytes(), l -> l.code()));
        for (EstimateCheck.Case c : check.cases()) {
            assertTrue(c.estimate().cycles() > 0, c.label());
        }
    }

    /**
     * Constant bytes are exactly the tables each layer's C file declares. The compiler may fold a few small
     * per-channel tables into immediates (e.g. a dense layer's bias when its channel loop is unrolled), so the
     * compiled objects hold at most that much.
     */
    @Test
    void constantBytesEqualTheDeclaredTables() {
        long estimated = 0;
        long compiled = 0;
        for (EstimateCheck.LayerComparison l : check.layers()) {
            String where = l.c().label() + " layer " + l.estimate().layer();
            assertEquals(l.declared(), l.estimate().constantBytes(), where);
            assertTrue(l.compiledConstants() <= l.declared(), where + ": compiled " + l.compiledConstants());
            estimated += l.estimate().constantBytes();
            compiled += l.compiledConstants();
        }
        System.out.printf("Constant bytes: %,d estimated = declared, %,d left in the compiled objects (%.2f%%)%n",
                estimated, compiled, 100.0 * compiled / estimated);
    }
}
