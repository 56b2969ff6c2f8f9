package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;
import org.mcuq.pipeline.BoardFirmware;

/**
 * Flash constants measured from the compiled objects (read-only symbols of the layer object files, by
 * arm-none-eabi-nm) for ResNet-8 and LeNet-5 at W8A8, W4A4 and W2A2 on the Cortex-M4: the layers' tables equal the
 * kernel selection's constant bytes, and packed 2-bit weights are stored densely, at most 0.4 x the 8-bit weight
 * bytes (the M4's 2-bit plan keeps 3 register words in every flash word). 4-bit weights keep the UMLAL register
 * format (see DenseStore). Prints constants, weights, total flash and arena.
 */
class FlashScalingTest {

    private static final int[] BITS = {8, 4, 2};

    @TempDir
    Path work;

    @Test
    void resnet8ConstantsScaleWithWeightBits() throws Exception {
        Path model = Path.of(System.getProperty("mcuq.shared.dir", "/work/shared"),
                "models/mlperf_tiny_ic_resnet8_cifar10/pretrainedResnet.h5");
        check("ResNet-8", ModelImporter.load(model), new Shape(32, 32, 3));
    }

    @Test
    void lenet5ConstantsScaleWithWeightBits() {
        check("LeNet-5", TestNetworks.lenet5(5), new Shape(28, 28, 1));
    }

    private void check(String label, Network network, Shape input) {
        List<Flash> figures = new ArrayList<>();
        for (int bits : BITS) {
            figures.add(measure(work.resolve(label + "-w" + bits), network, input, bits));
        }
        StringBuilder table = new StringBuilder(label + " on Cortex-M4 (bytes, from the compiled objects)\n"
                + "bits  constants    weights  total flash   arena\n");
        for (int i = 0; i < BITS.length; i++) {
            Flash f = figures.get(i);
            table.append(String.format("W%dA%d %10d %10d %12d %7d%n", BITS[i], BITS[i], f.constants(), f.weights(),
                    f.total(), f.arena()));
        }
        System.out.print(table);
        long w8 = figures.get(0).weights();
        long w2 = figures.get(2).weights();
        assertTrue(w2 <= 0.4 * w8, label + ": 2-bit weights take " + w2 + " B against " + w8 + " B at 8 bits");
    }

    private Flash measure(Path dir, Network network, Shape input, int bits) {
        Random random = new Random(bits);
        QuantizedNetwork q = Quantizer.quantize(network, QuantizationSpec.uniform(bits, bits),
                TestNetworks.inputs(random, 2, input, 0, 1));
        GeneratedProject project = CodeGenerator.generate(q, BoardFirmware.target(Board.QEMU_M4), dir,
                GenerationOptions.defaults());
        Path elf = Make.build(dir, Make.STRICT_WARNINGS);
        long constants = 0;
        long weights = 0;
        for (Path source : project.networkSources()) {
            if (!source.getFileName().toString().matches(".*_l\\d+_.*\\.c")) {
                continue;
            }
            Path object = Path.of(source.toString().replaceAll("\\.c$", ".o"));
            String layerConstants = run("arm-none-eabi-nm", "-S", object.toString());
            for (String line : layerConstants.split("\n")) {
                String[] parts = line.trim().split("\\s+");
                if (parts.length == 4 && parts[2].equalsIgnoreCase("r")) {
                    long size = Long.parseLong(parts[1], 16);
                    constants += size;
                    weights += parts[3].startsWith("WEIGHTS") ? size : 0;
                }
            }
        }
        long tables = project.kernels().kernels().stream().filter(k -> k.kind() != KernelKind.SCALED_SUM)
                .mapToLong(LayerKernel::constantBytes).sum();
        assertEquals(tables, constants, "W" + bits + ": read-only bytes of the layers (scaled sums keep their"
                + " multipliers in the code)");
        String[] size = run("arm-none-eabi-size", elf.toString()).split("\n")[1].trim().split("\\s+");
        long flash = Long.parseLong(size[0]) + Long.parseLong(size[1]);
        return new Flash(constants, weights, flash, project.memory().arenaBytes());
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0,
                    String.join(" ", command) + " failed:\n" + output);
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private record Flash(long constants, long weights, long total, long arena) {
    }
}
