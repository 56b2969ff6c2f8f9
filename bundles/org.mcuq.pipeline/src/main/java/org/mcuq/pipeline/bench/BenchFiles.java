package org.mcuq.pipeline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.mcuq.boards.Board;
import org.mcuq.boards.CycleModel;
import org.mcuq.ir.io.AtomicFile;
import org.mcuq.pipeline.bench.BenchReport.TargetCheck;
import org.mcuq.pipeline.bench.KernelResult.Engine;

/** Writes a {@link BenchReport} as bench-report.md, kernels.csv and networks.csv (each atomically). */
public final class BenchFiles {

    public static final String REPORT = "bench-report.md";
    public static final String KERNELS = "kernels.csv";
    public static final String NETWORKS = "networks.csv";
    public static final String KERNELS_HEADER = "layer,core,engine,weight_bits,activation_bits,macs,instructions,"
            + "cycles,instructions_per_mac,cycles_per_mac,speedup_vs_int8,speedup_vs_naive,kernel";
    public static final String NETWORKS_HEADER = "model,precision,core,instructions,cycles,ms_at_168mhz,peak_ram,"
            + "flash,bit_exact";

    private BenchFiles() {
    }

    static void write(BenchReport report, Path outDir) throws IOException {
        AtomicFile.writeString(outDir.resolve(KERNELS), kernelsCsv(report));
        AtomicFile.writeString(outDir.resolve(NETWORKS), networksCsv(report));
        AtomicFile.writeString(outDir.resolve(REPORT), markdown(report));
    }

    static String kernelsCsv(BenchReport report) {
        StringBuilder csv = new StringBuilder(KERNELS_HEADER).append('\n');
        for (KernelResult k : report.kernels()) {
            csv.append(String.join(",", csvText(k.layer().label()), k.board().core().id(), csvText(k.engine().label()),
                    "" + k.bits().weightBits(), "" + k.bits().activationBits(), "" + k.macs(), "" + k.instructions(),
                    "" + k.cycles(), number(k.instructionsPerMac()), number(k.cyclesPerMac()),
                    optional(report.speedup(k, Engine.INT8)), optional(report.speedup(k, Engine.NAIVE)),
                    csvText(k.kernel().orElse("")))).append('\n');
        }
        return csv.toString();
    }

    static String networksCsv(BenchReport report) {
        StringBuilder csv = new StringBuilder(NETWORKS_HEADER).append('\n');
        for (NetworkResult n : report.networks()) {
            csv.append(String.join(",", csvText(n.model()), csvText(n.precision()), n.board().core().id(),
                    "" + n.instructions(), "" + n.cycles(), number(n.milliseconds(BenchReport.CLOCK_HZ)),
                    "" + n.peakRam(), "" + n.flash(), "" + n.bitExact())).append('\n');
        }
        return csv.toString();
    }

    static String markdown(BenchReport report) {
        StringBuilder md = new StringBuilder("# MCUQ benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s run finished %s, took %d min %02d s. Every figure is measured on QEMU"
                + " 7.2 with the mcuq_profiler plugin: instructions are exact counts, cycles are estimates of the %s"
                + " model (a Cortex-M4 estimate on every core). LiteEngine outputs were checked bit for bit against the"
                + " integer reference, the int8 kernel against the naive one.%n%n", report.options().quick()
                ? "Quick" : "Full", Instant.now().toString(), report.duration().toMinutes(),
                report.duration().toSecondsPart(), CycleModel.CORTEX_M4_TRM_V1.modelName()));
        md.append(targets(report));
        for (Board board : report.options().boards()) {
            md.append(kernelTable(report, board));
        }
        md.append(networkTable(report));
        md.append(notes(report));
        return md.toString();
    }

    private static String targets(BenchReport report) {
        StringBuilder md = new StringBuilder("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        for (TargetCheck t : report.targets()) {
            md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                    .append(t.met().map(m -> m ? "**yes**" : "**no**").orElse("not measured")).append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static String kernelTable(BenchReport report, Board board) {
        StringBuilder md = new StringBuilder(String.format("## Kernels on %s (%s)%n%n", board.id(), board.core().id()));
        md.append("| layer | engine | W/A | MACs | instructions | instr/MAC | est. cycles | cycles/MAC |"
                + " speedup vs int8 | speedup vs naive | kernel |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (KernelResult k : report.kernels()) {
            if (k.board() != board) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %d/%d | %,d | %,d | %.2f | %,d | %.2f | %s | %s | %s |%n",
                    k.layer().label(), k.engine().label(), k.bits().weightBits(), k.bits().activationBits(), k.macs(),
                    k.instructions(), k.instructionsPerMac(), k.cycles(), k.cyclesPerMac(),
                    times(report.speedup(k, Engine.INT8)), times(report.speedup(k, Engine.NAIVE)),
                    k.kernel().map(BenchFiles::shortKernel).orElse("")));
        }
        return md.append('\n').toString();
    }

    private static String networkTable(BenchReport report) {
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "## Networks on %s%n%n| model | precision |"
                + " instructions | est. cycles | ms at %d MHz | peak RAM (B) | flash (B) | bit-exact |%n"
                + "|---|---|---:|---:|---:|---:|---:|---|%n", NetworkBench.BOARD.id(),
                BenchReport.CLOCK_HZ / 1_000_000));
        for (NetworkResult n : report.networks()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.2f | %,d | %,d | %s |%n", n.model(),
                    n.precision(), n.instructions(), n.cycles(), n.milliseconds(BenchReport.CLOCK_HZ), n.peakRam(),
                    n.flash(), n.bitExact() ? "yes" : "NO"));
        }
        return md.append('\n').toString();
    }

    private static String notes(BenchReport report) {
        StringBuilder md = new StringBuilder("## Notes\n\n");
        md.append("- int8 im2col+SMLAD is MCUQ's own plain int8 kernel written in the CMSIS-NN manner (bench_int8.c);"
                + " naive C is straightforward nested loops (bench_naive.c). Both use the same per-channel"
                + " requantization; depthwise int8 runs 4 channels at a time with SMLABB/SMLATT. On Cortex-M3 (no DSP"
                + " extension) the same kernels compute with plain C.\n");
        md.append("- Speedups are ratios of estimated cycles measured in this run (baseline / LiteEngine).\n");
        md.append("- Network latency is the whole-network region of one inference; peak RAM is .data + .bss + stack"
                + " high-water; ResNet-8 is calibrated on seeded random inputs (accuracy is not measured here).\n");
        if (report.options().lenet().isEmpty() || report.options().resnet8().isEmpty()) {
            md.append("- Networks not measured: ").append(report.options().lenet().isEmpty() ? "LeNet-5 " : "")
                    .append(report.options().resnet8().isEmpty() ? "ResNet-8" : "")
                    .append(report.options().quick() ? " (quick run)" : " (model file not found)").append(".\n");
        }
        List<String> failures = report.failures();
        if (!failures.isEmpty()) {
            md.append("\n## Refused or failed items\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    private static String shortKernel(String kernel) {
        String text = kernel.replace('|', '/');
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }

    private static String times(OptionalDouble ratio) {
        return ratio.isPresent() ? String.format(Locale.ROOT, "%.2fx", ratio.getAsDouble()) : "";
    }

    private static String optional(OptionalDouble ratio) {
        return ratio.isPresent() ? number(ratio.getAsDouble()) : "";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String csvText(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
