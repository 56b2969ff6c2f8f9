package org.mcuq.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.mcuq.boards.Board;
import org.mcuq.boards.RunResult;
import org.mcuq.cli.Command;
import org.mcuq.importer.ModelImportException;
import org.mcuq.liteengine.reference.ReferenceExecutor;
import org.mcuq.pipeline.InputRef;
import org.mcuq.pipeline.Pipeline;
import org.mcuq.pipeline.RunReport;

/**
 * {@code mcuq run DIR --board BOARD [--input FILE[#N]]}: builds a generated project, runs it on an emulated board
 * and compares its output with the integer reference. Exit 0 when bit-exact, 1 on a mismatch.
 */
final class RunCommand implements Command {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "build a generated project, run it on a QEMU board and check it is bit-exact";
    }

    @Override
    public String usage() {
        return "mcuq run DIR --board " + TargetChoices.BOARD_NAMES + " [--input FILE]   (FILE: raw float32 of"
                + " the input size, or an IDX image file; FILE#N for image N)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws ModelImportException, IOException {
        Arguments parsed = Arguments.parse(args, Set.of(), Set.of("--board", "--input"));
        Path dir = existingFolder(parsed.onlyPositional("DIR"));
        Board board = TargetChoices.board(parsed.requiredOption("--board"));
        Optional<InputRef> input = parsed.option("--input").map(RunCommand::inputRef);
        RunReport report = Pipeline.create(new ProgressPrinter(err, name())).run(dir, board, input);
        out.println(verdict(report));
        out.println(statistics(report));
        return report.bitExact() ? 0 : 1;
    }

    private static Path existingFolder(String value) {
        Path path = Path.of(value);
        if (!Files.isDirectory(path)) {
            throw new UsageException("project folder '" + value + "' does not exist or is not a folder");
        }
        return path;
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
        }
        if (run.stackHighWater().isPresent() && run.stackSize().isPresent()) {
            text.append(String.format("stack %,d of %,d bytes; ", run.stackHighWater().getAsLong(),
                    run.stackSize().getAsLong()));
        }
        return text.append(String.format("QEMU ran %,d ms", run.wallTime().toMillis())).toString();
    }
}
