package org.mcuq.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.mcuq.boards.RunResult;
import org.mcuq.boards.TargetBoard;
import org.mcuq.cli.Command;
import org.mcuq.importer.ModelImportException;
import org.mcuq.liteengine.reference.ReferenceExecutor;
import org.mcuq.pipeline.InputRef;
import org.mcuq.pipeline.Pipeline;
import org.mcuq.pipeline.RunReport;

/**
 * {@code mcuq run DIR --board BOARD [--input FILE[#N]] [--transcript FILE]}: builds a generated project, runs it on
 * an emulated board or, through OpenOCD, on a real one, and compares its output with the integer reference. Exit 0
 * when bit-exact, 1 on a mismatch.
 */
final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "build a generated project, run it on a QEMU or real (OpenOCD) board and check it is bit-exact";
    }

    @Override
    public String usage() {
        return "mcuq run DIR --board " + TargetChoices.ANY_BOARD_NAMES + " [--input FILE] [--transcript FILE]"
                + "   (--input: raw float32 of the input size, or an IDX image file; FILE#N for image N;"
                + " --transcript: for an openocd: board, OpenOCD's saved output of this firmware's run, read instead"
                + " of running OpenOCD)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws ModelImportException, IOException {
        Arguments parsed = Arguments.parse(args, Set.of(), Set.of("--board", "--input", "--transcript"));
        Path dir = ProfileCommand.existingFolder(parsed.onlyPositional("DIR"));
        TargetBoard board = TargetChoices.anyBoard(parsed.requiredOption("--board"));
        Optional<InputRef> input = parsed.option("--input").map(RunCommand::inputRef);
        Optional<Path> transcript = ProfileCommand.transcript(parsed, board);
        Pipeline pipeline = Pipeline.create(new ProgressPrinter(err, name()));
        RunReport report = transcript.isPresent()
                ? pipeline.run(dir, TargetChoices.real(board).orElseThrow(), input, transcript.get())
                : pipeline.run(dir, board, input);
        out.println(verdict(report));
        out.println(statistics(report));
        return report.bitExact() ? 0 : 1;
    }

    private static InputRef inputRef(String value) {
        try {
            return InputRef.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--input " + e.getMessage());
        }
    }

    private static String verdict(RunReport report) {
        int values = report.expected().length;
        if (report.bitExact()) {
            return String.format("bit-exact: yes (all %d output values match the reference on %s; input %s, class"
                    + " %d)", values, report.board().id(), report.input(), ReferenceExecutor.argmax(report.actual()));
        }
        return String.format("bit-exact: no, first mismatch at %s (%d of %d output values differ on %s; input %s)",
                report.firstMismatch().orElseThrow(), report.mismatches(), values, report.board().id(),
                report.input());
    }

    private static String statistics(RunReport report) {
        RunResult run = report.run();
        StringBuilder text = new StringBuilder();
        if (report.networkInstructions().isPresent()) {
            text.append(String.format("inference: %,d instructions, about %,d cycles (Cortex-M4 model); ",
                    report.networkInstructions().getAsLong(), report.networkCycles().getAsLong()));
        } else if (report.cyclesMeasured() && report.networkCycles().isPresent()) {
            text.append(String.format("inference: %,d cycles measured by the DWT cycle counter (instructions are"
                    + " not counted on real hardware); ", report.networkCycles().getAsLong()));
        }
        if (run.stackHighWater().isPresent() && run.stackSize().isPresent()) {
            text.append(String.format("stack %,d of %,d bytes; ", run.stackHighWater().getAsLong(),
                    run.stackSize().getAsLong()));
        }
        if (TargetChoices.real(report.board()).isEmpty()) {
            return text.append(String.format("QEMU ran %,d ms", run.wallTime().toMillis())).toString();
        }
        return text.append(run.wallTime().isZero() ? "read from the recorded transcript"
                : String.format("OpenOCD ran %,d ms (flashing included)", run.wallTime().toMillis())).toString();
    }
}
