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
import org.mcuq.liteengine.codegen.GeneratedProject;
import org.mcuq.pipeline.Generation;
import org.mcuq.pipeline.Pipeline;
import org.mcuq.pipeline.Precision;
import org.mcuq.pipeline.ProjectSpec;

/**
 * {@code mcuq generate MODEL (--policy FILE | --bits W,A) (--core CORE | --board BOARD) --out DIR [--force]
 * [--data DATA]}: a bit-exact C project for the quantized model and its project spec. A core generates for its
 * reference QEMU board; --board for a QEMU board or a real one ({@code openocd:...}: its memory map, the DWT
 * cycle-counting firmware and {@code make run} through OpenOCD).
 */
final class GenerateCommand implements Command {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "quantize a model and generate its C project for a Cortex-M core";
    }

    @Override
    public String usage() {
        return "mcuq generate MODEL (--policy FILE.mcuq | --bits W,A) (--core " + TargetChoices.CORE_NAMES
                + " | --board " + TargetChoices.ANY_BOARD_NAMES + ") --out DIR [--force] [--data DATA]   (W, A: weight"
                + " and activation bits 1..8; DATA: calibration inputs as IDX images, raw float32 or a tensor"
                + " folder)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws ModelImportException, IOException {
        Arguments parsed = Arguments.parse(args, Set.of("--force"),
                Set.of("--policy", "--bits", "--core", "--board", "--out", "--data"));
        Path model = parsed.existingFile(parsed.onlyPositional("MODEL"), "model file");
        Precision precision = precision(parsed);
        TargetBoard board = TargetChoices.generationBoard(parsed.option("--core"), parsed.option("--board"));
        Path outDir = Path.of(parsed.requiredOption("--out"));
        Optional<Path> data = parsed.option("--data").map(GenerateCommand::existingData);
        Generation generation = Pipeline.create(new ProgressPrinter(err, name())).generate(model, precision, board,
                data, outDir, parsed.flag("--force"));
        report(generation, out);
        return 0;
    }

    private static Precision precision(Arguments parsed) {
        Optional<String> policy = parsed.option("--policy");
        Optional<String> bits = parsed.option("--bits");
        if (policy.isPresent() == bits.isPresent()) {
            throw new UsageException(policy.isPresent() ? "give either --policy or --bits, not both"
                    : "missing --policy FILE.mcuq or --bits W,A");
        }
        if (policy.isPresent()) {
            return Precision.policyFile(parsed.existingFile(policy.get(), "policy file"));
        }
        return bits(bits.get());
    }

    static Precision bits(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new UsageException("--bits takes weight and activation bits as W,A (e.g. 8,8), not '" + text + "'");
        }
        int weight = bitWidth(parts[0], "weight", text);
        int activation = bitWidth(parts[1], "activation", text);
        return Precision.uniform(weight, activation);
    }

    private static int bitWidth(String part, String what, String text) {
        try {
            int bits = Integer.parseInt(part.strip());
            if (bits >= 1 && bits <= 8) {
                return bits;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--bits " + text + ": " + what + " bits must be a whole number from 1 to 8");
    }

    private static Path existingData(String value) {
        Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new UsageException("calibration data '" + value + "' does not exist");
        }
        return path;
    }

    private static void report(Generation generation, PrintStream out) {
        GeneratedProject project = generation.project();
        out.printf("Generated %d files for network '%s' on %s (%s) in %s%n", project.files().size(),
                generation.network().network().name(), generation.board().core().id(), generation.board().id(),
                project.directory());
        out.printf("memory plan: activation arena %,d bytes, weights and constants %,d bytes%n",
                project.memory().arenaBytes(), project.memory().constantBytes());
        out.println("steps: " + generation.stepsFrom());
        out.println("project spec: " + project.directory().resolve(ProjectSpec.FILE_NAME));
        out.println("next: mcuq run " + project.directory() + " --board " + generation.board().fullId());
    }
}
