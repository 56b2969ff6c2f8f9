package org.mcuq.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.mcuq.boards.TargetBoard;
import org.mcuq.cli.Command;
import org.mcuq.importer.ModelImportException;
import org.mcuq.pipeline.Pipeline;
import org.mcuq.pipeline.ProfileReport;

/**
 * {@code mcuq profile DIR --board BOARD [--json FILE] [--policy FILE.mcuq] [--transcript FILE]}: builds a generated
 * project, runs it profiled (QEMU) or with the DWT cycle counter (a real board through OpenOCD), checks it is
 * bit-exact and prints the per-layer cost. Exit 0 when bit-exact, 1 on a mismatch.
 */
final class ProfileCommand implements Command {

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String summary() {
        return "per-layer instructions, cycles, RAM and flash of a generated project on a QEMU or real board";
    }

    @Override
    public String usage() {
        return "mcuq profile DIR --board " + TargetChoices.ANY_BOARD_NAMES + " [--json FILE] [--policy FILE.mcuq]"
                + " [--transcript FILE]   (DIR: a project of 'mcuq generate'; --policy: store the results in this"
                + " policy, by default in the policy the project was generated from; --transcript: for an openocd:"
                + " board, OpenOCD's saved output of this firmware's run, read instead of running OpenOCD)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws ModelImportException, IOException {
        Arguments parsed = Arguments.parse(args, Set.of(), Set.of("--board", "--json", "--policy", "--transcript"));
        Path dir = existingFolder(parsed.onlyPositional("DIR"));
        TargetBoard board = TargetChoices.anyBoard(parsed.requiredOption("--board"));
        Optional<Path> json = parsed.option("--json").map(ProfileCommand::jsonFile);
        Optional<Path> policy = parsed.option("--policy").map(p -> parsed.existingFile(p, "policy file"));
        Optional<Path> transcript = transcript(parsed, board);
        Pipeline pipeline = Pipeline.create(new ProgressPrinter(err, name()));
        ProfileReport report = transcript.isPresent()
                ? pipeline.profile(dir, TargetChoices.real(board).orElseThrow(), policy, transcript.get())
                : pipeline.profile(dir, board, policy);
        out.println(report.toText());
        if (json.isPresent()) {
            report.writeJson(json.get());
            out.println("JSON written to " + json.get());
        }
        report.policyUpdated().ifPresent(p -> out.println("profile results stored in " + p));
        return report.run().bitExact() ? 0 : 1;
    }

    static Path existingFolder(String value) {
        Path path = Path.of(value);
        if (!Files.isDirectory(path)) {
            throw new UsageException("project folder '" + value + "' does not exist or is not a folder");
        }
        return path;
    }

    /** --transcript FILE: an existing file, for a real board only. */
    static Optional<Path> transcript(Arguments parsed, TargetBoard board) {
        Optional<Path> transcript = parsed.option("--transcript").map(t -> parsed.existingFile(t, "transcript"));
        if (transcript.isPresent() && TargetChoices.real(board).isEmpty()) {
            throw new UsageException("--transcript is OpenOCD's output of a real board's run; board " + board.id()
                    + " is emulated, so run it without --transcript");
        }
        return transcript;
    }

    private static Path jsonFile(String value) {
        Path path = Path.of(value);
        if (Files.isDirectory(path)) {
            throw new UsageException("--json " + value + " is a folder; give a file name");
        }
        return path;
    }
}
