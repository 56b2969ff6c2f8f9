package org.mcuq.pipeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.mcuq.boards.Board;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.pipeline.bench.KernelResult.Engine;

/**
 * The figures of one bench run, the ratios between them and the targets they are held against.
 *
 * @param options  what was measured
 * @param kernels  every kernel measurement
 * @param networks every network measurement
 * @param failures items that were refused or failed, with the reason
 * @param duration wall time of the run
 */
public record BenchReport(BenchOptions options, List<KernelResult> kernels, List<NetworkResult> networks,
        List<String> failures, Duration duration) {

    /** The board whose figures the targets use. */
    public static final Board TARGET_BOARD = Board.QEMU_M4;
    /** Clock for the milliseconds column (an STM32F4 at full speed). */
    public static final long CLOCK_HZ = 168_000_000L;

    /**
     * A target and how the run did.
     *
     * @param met empty when the run did not measure what the target needs
     */
    public record TargetCheck(String target, String measured, Optional<Boolean> met) {
    }

    public BenchReport {
        kernels = List.copyOf(kernels);
        networks = List.copyOf(networks);
        failures = List.copyOf(failures);
    }

    /** The baseline measured for the same layer and core. */
    public Optional<KernelResult> baseline(KernelResult result, Engine engine) {
        return kernels.stream().filter(k -> k.engine() == engine && k.layer() == result.layer()
                && k.board() == result.board()).findFirst();
    }

    /** How many times fewer estimated cycles {@code result} needs than the baseline on the same layer and core. */
    public OptionalDouble speedup(KernelResult result, Engine baseline) {
        return baseline(result, baseline).map(b -> OptionalDouble.of((double) b.cycles() / result.cycles()))
                .orElse(OptionalDouble.empty());
    }

    public Optional<KernelResult> liteEngine(BenchLayer layer, Board board, LayerBits bits) {
        return kernels.stream().filter(k -> k.engine() == Engine.LITEENGINE && k.layer() == layer
                && k.board() == board && k.bits().equals(bits)).findFirst();
    }

    public List<TargetCheck> targets() {
        List<TargetCheck> checks = new ArrayList<>();
        checks.add(speedupTarget(new LayerBits(4, 4), 2.0));
        checks.add(speedupTarget(new LayerBits(2, 2), 3.0));
        checks.add(depthwiseTarget());
        checks.add(resnetRamTarget());
        return checks;
    }

    private TargetCheck speedupTarget(LayerBits bits, double factor) {
        String target = String.format(Locale.ROOT, "%s conv at least %.0fx fewer est. cycles than the int8 kernel"
                + " on the same layer (%s)", bits, factor, TARGET_BOARD.id());
        List<String> measured = new ArrayList<>();
        boolean all = true;
        for (BenchLayer layer : List.of(BenchLayer.CONV3X3, BenchLayer.CONV1X1)) {
            Optional<KernelResult> result = liteEngine(layer, TARGET_BOARD, bits);
            OptionalDouble speedup = result.map(r -> speedup(r, Engine.INT8)).orElse(OptionalDouble.empty());
            if (speedup.isEmpty()) {
                return new TargetCheck(target, "not measured (" + layer.label() + ")", Optional.empty());
            }
            measured.add(String.format(Locale.ROOT, "%s: %.2fx", layer.label(), speedup.getAsDouble()));
            all &= speedup.getAsDouble() >= factor;
        }
        return new TargetCheck(target, String.join("; ", measured), Optional.of(all));
    }

    private TargetCheck depthwiseTarget() {
        String target = "depthwise 3x3 W8A8 at most 4 instructions per MAC (" + TARGET_BOARD.id() + ")";
        return liteEngine(BenchLayer.DEPTHWISE3X3, TARGET_BOARD, new LayerBits(8, 8))
                .map(r -> new TargetCheck(target, String.format(Locale.ROOT, "%.2f instr/MAC", r.instructionsPerMac()),
                        Optional.of(r.instructionsPerMac() <= 4.0)))
                .orElse(new TargetCheck(target, "not measured", Optional.empty()));
    }

    private TargetCheck resnetRamTarget() {
        String target = "ResNet-8 peak RAM at uniform W4A4 at most 45% of uniform W8A8";
        Optional<NetworkResult> eight = network("resnet", NetworkBench.UNIFORM_8);
        Optional<NetworkResult> four = network("resnet", NetworkBench.UNIFORM_4);
        if (eight.isEmpty() || four.isEmpty()) {
            return new TargetCheck(target, "not measured", Optional.empty());
        }
        double share = (double) four.get().peakRam() / eight.get().peakRam();
        return new TargetCheck(target, String.format(Locale.ROOT, "%,d of %,d bytes = %.1f%%", four.get().peakRam(),
                eight.get().peakRam(), 100 * share), Optional.of(share <= 0.45));
    }

    private Optional<NetworkResult> network(String namePart, String precision) {
        return networks.stream().filter(n -> n.model().toLowerCase(Locale.ROOT).contains(namePart)
                && n.precision().equals(precision)).findFirst();
    }

    /** One line per target, for the console. */
    public String targetSummary() {
        return targets().stream().map(t -> String.format("%-9s %s: %s", t.met().map(m -> m ? "MET" : "NOT MET")
                .orElse("-"), t.target(), t.measured())).collect(Collectors.joining("\n"));
    }
}
