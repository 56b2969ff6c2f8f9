package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.QemuRunner;
import org.mcuq.boards.RegionProfile;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;
import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;
import org.mcuq.pipeline.BoardFirmware;

/**
 * The real MLPerf Tiny ResNet-8 (imported from the shared .h5) at uniform W8A8, W4A4, W2A2 and a random mixed
 * policy, each generated as a stand-alone project, built by its own Makefile with -Wall -Wextra -Werror and run
 * on QEMU Cortex-M4: every layer's output and the logits must equal the reference executor's.
 */
class Resnet8FirmwareTest {

    private static final Shape INPUT = new Shape(32, 32, 3);
    private static Network resnet;

    @TempDir
    Path work;

    @BeforeAll
    static void importModel() throws Exception {
        Path model = Path.of(System.getProperty("mcuq.shared.dir", "/work/shared"),
                "models/mlperf_tiny_ic_resnet8_cifar10/pretrainedResnet.h5");
        resnet = ModelImporter.load(model);
    }

    @Test
    void uniformEightBit() {
        runAndCompare(QuantizationSpec.uniform(8, 8), "w8a8");
    }

    @Test
    void uniformFourBit() {
        runAndCompare(QuantizationSpec.uniform(4, 4), "w4a4");
    }

    /** 2-bit weights are stored densely in flash (SMLAD plan with signed fields and per-column run starts). */
    @Test
    void uniformTwoBit() {
        runAndCompare(QuantizationSpec.uniform(2, 2), "w2a2");
    }

    @Test
    void randomMixedPolicy() {
        Random random = new Random(88);
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        for (var layer : Quantizer.prepare(resnet).layers()) {
            if (layer instanceof WeightedLayer) {
                bits.put(layer.name(), new LayerBits(1 + random.nextInt(8), 1 + random.nextInt(8)));
            }
        }
        runAndCompare(QuantizationSpec.perLayer(bits), "mixed " + bits.values());
    }

    private void runAndCompare(QuantizationSpec spec, String label) {
        Random random = new Random(label.length());
        QuantizedNetwork q = Quantizer.quantize(resnet, spec, TestNetworks.inputs(random, 4, INPUT, 0, 1));
        int[] input = q.quantizeInput(TestNetworks.between(random, INPUT.elements(), 0, 1));
        GeneratedProject project = CodeGenerator.generate(q, BoardFirmware.target(Board.QEMU_M4), work,
                GenerationOptions.defaults().withTestInput(input));
        Path elf = Make.build(work, Make.STRICT_WARNINGS, "DEFINES=-DLITEENGINE_MARKERS -DLITEENGINE_TRACE");
        RunResult run = new QemuRunner(Toolchain.fromEnvironment()).run(elf, Board.QEMU_M4, RunOptions.defaults()
                .withTimeLimit(Duration.ofMinutes(2)).withProfiling(true).withWorkDirectory(work.resolve("run")))
                .requireExitCode(0);
        var entry = new CombinedFirmware.Entry("network", q, input, project);
        int layers = ReferenceCheck.assertMatches(run, entry, true, "output");
        assertEquals(q.layers().size() - 1, layers);
        assertTrue(Files.exists(work.resolve(".mcuq-manifest")));
        RegionProfile network = run.requireProfile().network().orElseThrow();
        long macs = q.network().totalMacs();
        StringBuilder layersTable = new StringBuilder();
        for (int step = 1; step < q.layers().size(); step++) {
            String name = q.layers().get(step).name();
            LayerKernel kernel = project.kernels().kernel(name);
            if (kernel.kind() != KernelKind.NONE) {
                long instructions = run.requireProfile().region(step).totalInstructions();
                long layerMacs = q.network().macs(name);
                layersTable.append(String.format("    %-12s %-20s %,11d instr %s%n", name, kernel.kind().label(),
                        instructions, layerMacs == 0 ? "" : String.format("%.2f per MAC", (double) instructions
                                / layerMacs)));
            }
        }
        System.out.printf("ResNet-8 %s: %,d instructions (%.2f per MAC), arena %,d B, constants %,d B, stack %,d B%n%s",
                label, network.totalInstructions(), (double) network.totalInstructions() / macs,
                project.memory().arenaBytes(), project.memory().constantBytes(), run.stackHighWater().orElse(-1),
                layersTable);
    }
}
