package org.mcuq.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.mcuq.boards.Toolchain;
import org.mcuq.cli.Command;
import org.mcuq.pipeline.bench.Bench;
import org.mcuq.pipeline.bench.BenchFiles;
import org.mcuq.pipeline.bench.BenchModels;
import org.mcuq.pipeline.bench.BenchOptions;
import org.mcuq.pipeline.bench.BenchReport;

/**
 * {@code mcuq bench [--quick] [--out DIR]}: LiteEngine against an int8 and a naive kernel on the brief's layer
 * shapes, and whole networks, on QEMU; writes bench-report.md and CSV files and prints the targets.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark LiteEngine kernels and networks on QEMU (report + CSV)";
    }

    @Override
    public String usage() {
        return "mcuq bench [--quick] [--out DIR]   (DIR: where bench-report.md, kernels.csv and networks.csv go,"
                + " default bench-results; --quick: Cortex-M4, W8A8/W4A4/W2A2 and LeNet-5 only, about a minute;"
                + " run from the repository so examples/ and ../shared/models are found)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        Arguments parsed = Arguments.parse(args, Set.of("--quick"), Set.of("--out"));
        if (!parsed.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + parsed.positional().get(0));
        }
        Path outDir = Path.of(parsed.option("--out", "bench-results"));
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new UsageException("--out " + outDir + " is a file; give a folder");
        }
        Path here = Path.of("").toAbsolutePath();
        BenchOptions options = BenchOptions.of(parsed.flag("--quick"), outDir, BenchModels.lenet(here),
                BenchModels.resnet8(here));
        BenchReport report = new Bench(Toolchain.fromEnvironment(), new ProgressPrinter(err, name())).run(options);
        out.println(report.targetSummary());
        out.printf("%d kernel and %d network measurements, %d refused or failed, in %d s; report: %s%n",
                report.kernels().size(), report.networks().size(), report.failures().size(),
                report.duration().toSeconds(), outDir.resolve(BenchFiles.REPORT));
        return 0;
    }
}
