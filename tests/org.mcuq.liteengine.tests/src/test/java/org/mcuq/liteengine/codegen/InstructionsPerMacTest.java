package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.RegionProfile;
import org.mcuq.boards.RunResult;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;

/**
 * Instructions per MAC (exact counts from the boards profiler, with its Cortex-M4 cycle estimate) for the brief's
 * four layer shapes at W8A8, W4A4 and W2A2 on QEMU Cortex-M4 and M3, with bit-exact outputs. Every generated
 * kernel must beat the brief's naive C; the tables are printed for the report.
 */
class InstructionsPerMacTest {

    private static final List<LayerBits> BITS = List.of(new LayerBits(8, 8), new LayerBits(4, 4),
            new LayerBits(3, 3), new LayerBits(2, 2));

    @TempDir
    Path work;

    @Test
    void generatedKernelsBeatNaiveCOnTheBriefsLayerShapesOnCortexM4() {
        measure(Board.QEMU_M4);
    }

    /** The M3 has no DSP extension: MUL/MLA and UMLAL plans only. Its cycle estimates use the M4 model. */
    @Test
    void generatedKernelsBeatNaiveCOnTheBriefsLayerShapesOnCortexM3() {
        measure(Board.QEMU_M3);
    }

    private void measure(Board board) {
        CombinedFirmware firmware = new CombinedFirmware(board, work, false);
        List<String> labels = new ArrayList<>();
        for (BriefLayers shape : BriefLayers.values()) {
            for (LayerBits bits : BITS) {
                QuantizedNetwork q = quantize(shape, bits);
                firmware.add(q, q.quantizeInput(TestNetworks.between(new Random(5), shape.input().elements(), 0, 1)),
                        GenerationOptions.defaults());
                labels.add(String.format("%-32s W%dA%d", shape.label(), bits.weightBits(), bits.activationBits()));
            }
        }
        RunResult run = firmware.buildAndRun(true);
        StringBuilder table = new StringBuilder(board + ": instructions (and estimated M4 cycles) per MAC\n"
                + "layer                            bits  instr/MAC cycles/MAC  CMSIS-NN  naive C  kernel\n");
        for (int i = 0; i < firmware.entries().size(); i++) {
            CombinedFirmware.Entry entry = firmware.entries().get(i);
            ReferenceCheck.assertMatches(run, entry, false);
            BriefLayers shape = BriefLayers.values()[i / BITS.size()];
            RegionProfile region = run.requireProfile().region(100 * i + 1);
            long macs = entry.network().network().macs("layer");
            double perMac = (double) region.totalInstructions() / macs;
            LayerKernel kernel = entry.project().kernels().kernel("layer");
            table.append(String.format("%s %9.2f %10.2f %9.2f %8.2f  %s: %s%n", labels.get(i), perMac,
                    (double) region.totalCycles() / macs, shape.cmsisNn(), shape.naiveC(), kernel.kind().label(),
                    kernel.note()));
            assertTrue(perMac < shape.naiveC(), labels.get(i) + ": " + perMac + " instructions per MAC");
        }
        System.out.print(table);
    }

    private static QuantizedNetwork quantize(BriefLayers shape, LayerBits bits) {
        Random random = new Random(shape.ordinal());
        return Quantizer.quantize(shape.network(shape.ordinal()), QuantizationSpec.uniform(bits.weightBits(),
                bits.activationBits()), TestNetworks.inputs(random, 3, shape.input(), 0, 1));
    }
}
