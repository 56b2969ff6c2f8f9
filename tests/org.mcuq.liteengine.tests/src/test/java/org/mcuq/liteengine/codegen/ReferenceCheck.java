package org.mcuq.liteengine.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Map;

import org.mcuq.boards.RunResult;
import org.mcuq.liteengine.memory.TensorLayout;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.reference.ReferenceExecutor;

/** Compares what a firmware sent with the reference executor: every traced layer, then the network output. */
final class ReferenceCheck {

    private ReferenceCheck() {
    }

    /** Asserts bit-identical layer outputs (when traced) and network output; returns the layers compared. */
    static int assertMatches(RunResult run, CombinedFirmware.Entry entry, boolean traced) {
        return assertMatches(run, entry, traced, entry.prefix());
    }

    /** The same with the network output sent under {@code outputName}. */
    static int assertMatches(RunResult run, CombinedFirmware.Entry entry, boolean traced, String outputName) {
        QuantizedNetwork network = entry.network();
        Map<String, int[]> expected = ReferenceExecutor.runAll(network, entry.input());
        int compared = 0;
        if (traced) {
            for (int step = 1; step < network.layers().size(); step++) {
                QuantizedLayer layer = network.layers().get(step);
                TensorLayout layout = entry.project().memory().tensor(layer.name()).layout();
                int[] actual = layout.unpack(run.output(String.format("%s.%03d", entry.prefix(), step)));
                assertLayer(entry, layer, step, expected.get(layer.name()), actual);
                compared++;
            }
        }
        int[] output = entry.project().output().unpack(run.output(outputName));
        assertArrayEquals(ReferenceExecutor.run(network, entry.input()), output, entry.prefix() + " output");
        return compared;
    }

    private static void assertLayer(CombinedFirmware.Entry entry, QuantizedLayer layer, int step, int[] expected,
            int[] actual) {
        if (Arrays.equals(expected, actual)) {
            return;
        }
        int first = Arrays.mismatch(expected, actual);
        long wrong = java.util.stream.IntStream.range(0, expected.length).filter(i -> expected[i] != actual[i])
                .count();
        fail(entry.prefix() + " layer " + step + " '" + layer.name() + "' (" + entry.project().kernels()
                .kernel(layer.name()).describe().strip() + "): " + wrong + " of " + expected.length
                + " values differ, first at " + first + ": expected " + expected[first] + " got " + actual[first]
                + "; expected " + head(expected, first) + " got " + head(actual, first));
    }

    private static String head(int[] values, int from) {
        int start = Math.max(0, from - 2);
        return Arrays.toString(Arrays.copyOfRange(values, start, Math.min(values.length, start + 12)));
    }
}
