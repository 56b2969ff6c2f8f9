package org.mcuq.liteengine.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mcuq.boards.Board;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelPolicy;
import org.mcuq.liteengine.codegen.KernelSelection;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;
import org.mcuq.liteengine.quant.internal.LayerRoles;

/**
 * The calibration workload: random networks ({@link RandomNetworks}) at random per-layer bit widths, a few with
 * plain MLA kernels, all in one profiled firmware image per board. The measurements can be saved and reused, so
 * that a change of features is refitted without rebuilding the firmware.
 */
final class CalibrationSet {

    /** One network of the workload, quantized, with the options it is generated with. */
    record Case(QuantizedNetwork network, GenerationOptions options, int[] input) {
    }

    /** Networks per firmware image: the region numbering allows 327, the build time favours fewer. */
    private static final int IMAGE_NETWORKS = 120;

    /** Parameters per image: at 8 bits plus per-channel tables they fit the 4 MB flash of the QEMU boards. */
    private static final long IMAGE_PARAMETERS = 2_000_000;

    private CalibrationSet() {
    }

    /**
     * {@code networks} random chains and half as many residual, LeNet-like and MobileNet-like networks each
     * ({@link StructuredNetworks}), every one at random bits; a twelfth of the chains again with plain kernels.
     */
    static List<Case> cases(int networks) {
        List<Case> cases = new ArrayList<>();
        int plain = Math.max(2, networks / 12);
        for (int seed = 1; seed <= networks + plain; seed++) {
            GenerationOptions options = GenerationOptions.defaults();
            if (seed > networks) {
                options = options.withKernelPolicy(KernelPolicy.PLAIN);
            }
            cases.add(of(RandomNetworks.build(seed), seed, options));
        }
        for (String family : List.of("resnet", "lenet", "mobile")) {
            for (int seed = 1; seed <= networks / 2; seed++) {
                cases.add(of(StructuredNetworks.build(family, seed), seed, GenerationOptions.defaults()));
            }
        }
        return cases;
    }

    private static Case of(Network network, int seed, GenerationOptions options) {
        Random random = new Random(1000 + seed);
        QuantizedNetwork q = quantize(network, randomBits(network, random), random);
        return new Case(q, options, input(q, random));
    }

    /** Measures the cases on the board, or reads the measurements saved in {@code cache} if it exists. */
    static List<CalibrationSample> measure(Board board, Path work, List<Case> cases, Path cache) {
        MeasuredLayers measured;
        if (cache != null && Files.isRegularFile(cache)) {
            measured = MeasuredLayers.read(cache);
        } else {
            measured = new MeasuredLayers();
            for (List<Case> image : images(cases)) {
                ProfiledFirmware firmware = new ProfiledFirmware(board, work.resolve("image" + measured.size()));
                image.forEach(c -> firmware.add(c.network(), c.input(), c.options()));
                measured.addAll(MeasuredLayers.of(firmware, firmware.run()));
            }
            if (cache != null) {
                measured.write(cache);
            }
        }
        List<CalibrationSample> samples = new ArrayList<>();
        for (Case c : cases) {
            KernelSelection kernels = KernelSelection.select(c.network(), BoardCores.core(board), c.options());
            samples.addAll(CalibrationSample.of(c.network(), kernels, BoardCores.core(board), measured));
        }
        return samples;
    }

    /** The cases split into firmware images small enough for the region numbering and the boards' flash. */
    private static List<List<Case>> images(List<Case> cases) {
        List<List<Case>> images = new ArrayList<>();
        List<Case> image = new ArrayList<>();
        long params = 0;
        for (Case c : cases) {
            long p = c.network().network().totalParams();
            if (image.size() == IMAGE_NETWORKS || params + p > IMAGE_PARAMETERS) {
                images.add(image);
                image = new ArrayList<>();
                params = 0;
            }
            image.add(c);
            params += p;
        }
        images.add(image);
        return images;
    }

    /** Uniform random weight and activation bits in 1..8 for every layer with weights. */
    static QuantizationSpec randomBits(Network network, Random random) {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        Quantizer.prepare(network).layers().stream().filter(LayerRoles::hasWeights)
                .forEach(l -> bits.put(l.name(), new LayerBits(1 + random.nextInt(8), 1 + random.nextInt(8))));
        return QuantizationSpec.perLayer(bits);
    }

    /** Quantized with calibration inputs that are signed for about a third of the networks. */
    static QuantizedNetwork quantize(Network network, QuantizationSpec spec, Random random) {
        Shape shape = network.inputLayer().shape();
        double low = random.nextInt(3) == 0 ? -1 : 0;
        return Quantizer.quantize(network, spec, TestNetworks.inputs(random, 3, shape, low, 1));
    }

    private static int[] input(QuantizedNetwork q, Random random) {
        Shape shape = q.network().inputLayer().shape();
        double low = q.inputQuantization().signed() ? -1 : 0;
        return q.quantizeInput(TestNetworks.between(random, shape.elements(), low, 1));
    }

    static void writeLines(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
