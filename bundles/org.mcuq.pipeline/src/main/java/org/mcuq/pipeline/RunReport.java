package org.mcuq.pipeline;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

import org.mcuq.boards.Markers;
import org.mcuq.boards.RegionProfile;
import org.mcuq.boards.RunResult;
import org.mcuq.boards.TargetBoard;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/**
 * What {@link Pipeline#run} measured: the board's output against the integer reference on the same quantized
 * input, and the run's statistics.
 *
 * @param board    the board it ran on
 * @param firmware the firmware image that ran
 * @param input    which input it ran on, for messages
 * @param expected the reference output (integers of the output tensor)
 * @param actual   the board's output
 * @param run      the board run: exit code, console, stack high-water, QEMU profile or DWT cycles, wall time
 * @param network  the quantized network rebuilt from the project spec (what the firmware implements)
 */
public record RunReport(TargetBoard board, Path firmware, String input, int[] expected, int[] actual, RunResult run,
        QuantizedNetwork network) {

    public RunReport {
        expected = expected.clone();
        actual = actual.clone();
    }

    public boolean bitExact() {
        return Arrays.equals(expected, actual);
    }

    /** The first element that differs, if any. */
    public Optional<Mismatch> firstMismatch() {
        int i = Arrays.mismatch(expected, actual);
        return i < 0 ? Optional.empty() : Optional.of(new Mismatch(i, expected[i], actual[i]));
    }

    /** How many output elements differ. */
    public int mismatches() {
        int count = 0;
        for (int i = 0; i < expected.length; i++) {
            count += expected[i] == actual[i] ? 0 : 1;
        }
        return count;
    }

    /** Instructions of one inference (the whole-network region), when the run was profiled. */
    public OptionalLong networkInstructions() {
        return networkRegion().map(r -> OptionalLong.of(r.totalInstructions())).orElse(OptionalLong.empty());
    }

    /**
     * Cycles of one inference: estimated (Cortex-M4 model) when QEMU profiled the run, measured by the DWT cycle
     * counter on a real board ({@link #cyclesMeasured()}).
     */
    public OptionalLong networkCycles() {
        if (cyclesMeasured()) {
            var region = run.cycles().get().regions().get(Markers.NETWORK);
            return region == null ? OptionalLong.empty() : OptionalLong.of(region.cycles());
        }
        return networkRegion().map(r -> OptionalLong.of(r.totalCycles())).orElse(OptionalLong.empty());
    }

    /** Whether the cycles were measured on a real board (DWT counter running) rather than estimated on QEMU. */
    public boolean cyclesMeasured() {
        return run.cycles().isPresent() && run.cycles().get().counting();
    }

    @Override
    public int[] expected() {
        return expected.clone();
    }

    @Override
    public int[] actual() {
        return actual.clone();
    }

    private Optional<RegionProfile> networkRegion() {
        return run.profile().flatMap(p -> p.network());
    }
}
