package org.mcuq.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mcuq.boards.Board;
import org.mcuq.cli.Command;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.io.AtomicFile;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.pipeline.Precision;
import org.mcuq.rlquant.agent.BitRange;
import org.mcuq.rlquant.job.Baseline;
import org.mcuq.rlquant.job.JobCancelledException;
import org.mcuq.rlquant.job.QuantizeJob;
import org.mcuq.rlquant.job.QuantizeReport;
import org.mcuq.rlquant.job.QuantizeRequest;
import org.mcuq.rlquant.job.ReportText;

/**
 * {@code mcuq quantize MODEL --data DATA --board B [budgets] [--episodes N] [--seed S] --out DIR [--resume]}: the
 * RLQuant search, the fine-tuned model, policy and C project, profiled on the board, and a report against uniform
 * and random baselines ({@code --baselines} leaves them out to save time). Ctrl-C stops after saving the search;
 * {@code --resume} continues it. Exit 130 when stopped.
 */
final class QuantizeCommand implements Command {

    static final int STOPPED = 130;

    @Override
    public String name() {
        return "quantize";
    }

    @Override
    public String summary() {
        return "search a mixed-precision policy (RLQuant), generate and profile it";
    }

    @Override
    public String usage() {
        return "mcuq quantize MODEL --data DATA --board " + TargetChoices.BOARD_NAMES + " --out DIR"
                + " [--latency-budget CYCLES] [--ram-budget KB] [--flash-budget KB] [--episodes N (default 100)]"
                + " [--seed S] [--bit-range MIN,MAX (default 1,8)] [--first-last-bits W,A]"
                + " [--final-epochs N (default 1)] [--baselines random,uniform|random|uniform|none (default both)]"
                + " [--resume]"
                + "   (DATA: a folder with MNIST IDX files, CIFAR-10 batches or raw tensors with labels.txt;"
                + " RAM and flash budgets count the network's own memory)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws ModelImportException, IOException {
        QuantizeRequest request = request(Arguments.parse(args, Set.of("--resume"), Set.of("--data", "--board",
                "--out", "--latency-budget", "--ram-budget", "--flash-budget", "--episodes", "--seed",
                "--first-last-bits", "--final-epochs", "--bit-range", "--baselines")));
        AtomicBoolean stop = new AtomicBoolean();
        Thread hook = stopOnInterrupt(stop, Thread.currentThread());
        try {
            QuantizeReport report = new QuantizeJob(new ProgressPrinter(err, name()),
                    (searcher, result, total, seconds) -> err.println(ReportText.episodeLine(searcher, result, total,
                            seconds)), stop::get).run(request);
            String markdown = ReportText.markdown(report);
            AtomicFile.writeString(request.out().resolve("report.md"), markdown);
            out.print(markdown);
            return report.run().bitExact() ? 0 : 1;
        } catch (JobCancelledException e) {
            err.println("mcuq quantize: stopped; the search is saved in " + request.out().resolve("search")
                    + ". Continue it with the same command and --resume.");
            return STOPPED;
        } finally {
            removeHook(hook);
        }
    }

    private static QuantizeRequest request(Arguments parsed) {
        Path model = parsed.existingFile(parsed.onlyPositional("MODEL"), "model file");
        Path data = Path.of(parsed.requiredOption("--data"));
        if (!Files.isDirectory(data)) {
            throw new UsageException("--data '" + data + "' is not a folder; give the folder holding the data");
        }
        Board board = TargetChoices.board(parsed.requiredOption("--board"));
        Optional<LayerBits> firstLast = parsed.option("--first-last-bits")
                .map(text -> ((Precision.Uniform) GenerateCommand.bits(text)).bits());
        try {
            return new QuantizeRequest(model, data, board, number(parsed, "--latency-budget", 1),
                    number(parsed, "--ram-budget", 1024), number(parsed, "--flash-budget", 1024),
                    (int) number(parsed, "--episodes", 1).orElse(100), number(parsed, "--seed", 1).orElse(1),
                    bitRange(parsed), firstLast, (int) number(parsed, "--final-epochs", 1).orElse(1),
                    parsed.option("--baselines").map(Baseline::parse).orElse(Baseline.all()),
                    Path.of(parsed.requiredOption("--out")), parsed.flag("--resume"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static BitRange bitRange(Arguments parsed) {
        Optional<String> text = parsed.option("--bit-range");
        if (text.isEmpty()) {
            return BitRange.DEFAULT;
        }
        String[] parts = text.get().split(",", -1);
        try {
            return new BitRange(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[parts.length - 1].strip()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--bit-range takes the narrowest and widest bits as MIN,MAX within 1..8 (e.g."
                    + " 2,8), not '" + text.get() + "'");
        }
    }

    private static OptionalLong number(Arguments parsed, String option, long unit) {
        Optional<String> text = parsed.option(option);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(Math.multiplyExact(value, unit));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException(option + " takes a non-negative whole number, not '" + text.get() + "'");
        }
    }

    /** Ctrl-C asks the job to stop at the next mini-batch and waits (up to a minute) for it to save its state. */
    private static Thread stopOnInterrupt(AtomicBoolean stop, Thread worker) {
        Thread hook = new Thread(() -> {
            stop.set(true);
            try {
                worker.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "mcuq-quantize-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running and waits for us
        }
    }
}
