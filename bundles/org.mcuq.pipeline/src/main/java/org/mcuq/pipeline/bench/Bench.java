package org.mcuq.pipeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImportException;
import org.mcuq.liteengine.codegen.CodeGenerationException;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationException;
import org.mcuq.pipeline.PipelineException;
import org.mcuq.pipeline.Progress;
import org.mcuq.pipeline.internal.Folders;

/**
 * The benchmark: LiteEngine against the project's own int8 kernel and naive C on the brief's layer shapes, every
 * bit pair and core; then whole networks at uniform and mixed precision. Every figure comes from QEMU runs with
 * the profiler plugin (exact instruction counts, estimated Cortex-M4 cycles); every LiteEngine output is checked
 * against the integer reference and the int8 kernel against the naive one. A refused or failing item is reported
 * and the bench goes on.
 */
public final class Bench {

    private final Toolchain toolchain;
    private final Progress progress;

    public Bench(Toolchain toolchain, Progress progress) {
        this.toolchain = toolchain;
        this.progress = progress;
    }

    /** Runs the selection and writes bench-report.md, kernels.csv and networks.csv into the options' folder. */
    public BenchReport run(BenchOptions options) throws IOException {
        toolchain.armGcc();
        toolchain.qemu();
        toolchain.hostGcc();
        Instant start = Instant.now();
        Path work = Files.createTempDirectory("mcuq-bench");
        Items items = new Items(count(options));
        try {
            List<KernelResult> kernels = kernels(options, work, items);
            List<NetworkResult> networks = networks(options, work, items);
            BenchReport report = new BenchReport(options, kernels, networks, items.failures,
                    Duration.between(start, Instant.now()));
            BenchFiles.write(report, options.outDir());
            return report;
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    /** Item counter and the failures so far. */
    private static final class Items {
        private final int total;
        private int done;
        private final List<String> failures = new ArrayList<>();

        Items(int total) {
            this.total = total;
        }

        String next(String what) {
            return String.format(Locale.ROOT, "[%d/%d] %s", ++done, total, what);
        }
    }

    private static int count(BenchOptions options) {
        int perBoard = options.layers().size() * (options.bitPairs().size() + 1);
        int models = (options.lenet().isPresent() ? 1 : 0) + (options.resnet8().isPresent() ? 1 : 0);
        return perBoard * options.boards().size() + models * NetworkBench.PRECISIONS.size();
    }

    private List<KernelResult> kernels(BenchOptions options, Path work, Items items) {
        List<KernelResult> results = new ArrayList<>();
        for (Board board : options.boards()) {
            for (BenchLayer layer : options.layers()) {
                String what = layer.label() + " int8 baselines on " + board.id();
                attempt(items, what, () -> {
                    List<KernelResult> baselines = new BaselineKernels(toolchain).measure(layer, board,
                            work.resolve("baseline"));
                    results.addAll(baselines);
                    return describe(baselines.get(0)) + "; naive " + describe(baselines.get(1));
                });
                for (LayerBits bits : options.bitPairs()) {
                    attempt(items, layer.label() + " " + bits + " LiteEngine on " + board.id(), () -> {
                        KernelResult result = new LiteEngineKernels(toolchain).measure(layer, bits, board,
                                work.resolve("liteengine"));
                        results.add(result);
                        return describe(result);
                    });
                }
            }
        }
        return results;
    }

    private List<NetworkResult> networks(BenchOptions options, Path work, Items items) {
        List<NetworkResult> results = new ArrayList<>();
        List<Path> models = new ArrayList<>();
        options.lenet().ifPresent(models::add);
        options.resnet8().ifPresent(models::add);
        for (Path model : models) {
            for (String precision : NetworkBench.PRECISIONS) {
                attempt(items, model.getFileName() + " " + precision + " on " + NetworkBench.BOARD.id(), () -> {
                    NetworkResult result = new NetworkBench(toolchain).measure(model, precision,
                            work.resolve("network"));
                    results.add(result);
                    return String.format(Locale.ROOT, "%,d instructions, %,d est. cycles, peak RAM %,d B, flash %,d B",
                            result.instructions(), result.cycles(), result.peakRam(), result.flash());
                });
            }
        }
        return results;
    }

    /** One measured item. */
    private interface Item {
        String measure() throws IOException, ModelImportException;
    }

    private void attempt(Items items, String what, Item item) {
        String label = items.next(what);
        try {
            progress.step(label + ": " + item.measure());
        } catch (BoardException | PipelineException | CodeGenerationException | QuantizationException
                | ModelImportException | IOException e) {
            String reason = e.getMessage().lines().findFirst().orElse(e.toString());
            items.failures.add(what + ": " + reason);
            progress.warning(label + " failed: " + reason);
        }
    }

    private static String describe(KernelResult r) {
        return String.format(Locale.ROOT, "%.2f instr/MAC, %,d est. cycles", r.instructionsPerMac(), r.cycles());
    }
}
