package org.mcuq.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.mcuq.boards.Board;
import org.mcuq.cli.Command;
import org.mcuq.importer.ModelImportException;
import org.mcuq.pipeline.Pipeline;
import org.mcuq.pipeline.ProfileReport;

/**
 * {@code mcuq profile DIR --board BOARD [--json FILE] [--policy FILE.mcuq]}: builds a generated project, runs it
 * profiled, checks it is bit-exact and prints the per-layer cost. Exit 0 when bit-exact, 1 on a mismatch.
 */
final class ProfileCommand implements Command {

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String summary() {
        return "per-layer instructions, cycles, RAM and flash of a generated project on a QEMU board";
    }

    @Override
    public String usage() {
        return "mcuq profile DIR --board " + TargetChoices.BOARD_NAMES + " [--json FILE] [--policy FILE.mcuq]"
                + "   (DIR: a project of 'mcuq generate'; --policy: store the results in this policy, by default"
                + " in the policy the project was generated from)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws ModelImportException, IOException {
        Arguments parsed = Arguments.parse(args, Set.of(), Set.of("--board", "--json", "--policy"));
        Path dir = existingFolder(parsed.onlyPositional("DIR"));
        Board board = TargetChoices.board(parsed.requiredOption("--board"));
        Optional<Path> json = parsed.option("--json").map(ProfileCommand::jsonFile);
        Optional<Path> policy = parsed.option("--policy").map(p -> parsed.existingFile(p, "policy file"));
        ProfileReport report = Pipeline.create(new ProgressPrinter(err, name())).profile(dir, board, policy);
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

    private static Path jsonFile(String value) {
        Path path = Path.of(value);
        if (Files.isDirectory(path)) {
            throw new UsageException("--json " + value + " is a folder; give a file name");
        }
        return path;
    }
}
