package org.mcuq.liteengine.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mcuq.boards.Board;
import org.mcuq.boards.QemuRunner;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;
import org.mcuq.boards.Toolchain;
import org.mcuq.liteengine.codegen.CodeGenerator;
import org.mcuq.liteengine.codegen.FirmwareImage;
import org.mcuq.liteengine.codegen.GeneratedProject;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.pipeline.BoardFirmware;

/**
 * Generated networks linked into one firmware image and run once under the profiler: network i is generated with
 * prefix {@code neti}, its layer at step k is marker region {@code 100 i + k} and its whole run region
 * {@code 100 i + 99}. Built by {@link FirmwareImage}.
 */
final class ProfiledFirmware {

    /** One network of the image. */
    record Entry(int index, String prefix, QuantizedNetwork network, GeneratedProject project) {

        int layerRegion(int step) {
            return 100 * index + step;
        }

        int networkRegion() {
            return 100 * index + 99;
        }
    }

    private static final int MAX_STEPS = 98;

    private final Board board;
    private final Path root;
    private final List<Entry> entries = new ArrayList<>();

    ProfiledFirmware(Board board, Path root) {
        this.board = board;
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Entry add(QuantizedNetwork network, int[] input, GenerationOptions options) {
        if (network.layers().size() > MAX_STEPS) {
            throw new IllegalArgumentException("Network '" + network.network().name() + "' has "
                    + network.layers().size() + " layers; at most " + MAX_STEPS + " fit the region numbering.");
        }
        int index = entries.size();
        String prefix = "net" + index;
        GeneratedProject project = CodeGenerator.generate(network, BoardFirmware.target(board),
                root.resolve(prefix), options.withPrefix(prefix).withTestInput(input).withRegionBase(100 * index));
        Entry entry = new Entry(index, prefix, network, project);
        entries.add(entry);
        return entry;
    }

    List<Entry> entries() {
        return entries;
    }

    Board board() {
        return board;
    }

    /** Builds and runs the image; the result holds the profile and the objects' symbol sizes. */
    Measurements run() {
        Path elf = FirmwareImage.build(board, root, main(), entries.stream().map(Entry::project).toList(), "");
        RunOptions options = RunOptions.defaults().withTimeLimit(Duration.ofMinutes(5)).withProfiling(true)
                .withWorkDirectory(root.resolve("run"));
        RunResult run = new QemuRunner(Toolchain.fromEnvironment()).run(elf, board, options).requireExitCode(0);
        return new Measurements(run, root);
    }

    private String main() {
        StringBuilder c = new StringBuilder("#include \"mcuq.h\"\n");
        for (Entry e : entries) {
            String p = e.prefix();
            String macro = p.toUpperCase(Locale.ROOT);
            c.append("#include \"").append(p).append('/').append(p).append(".h\"\n")
                    .append("extern const uint8_t ").append(p).append("_test_input[").append(macro)
                    .append("_INPUT_BYTES];\nstatic uint8_t ").append(p).append("_out[").append(macro)
                    .append("_OUTPUT_BYTES];\n");
        }
        c.append("\nint main(void)\n{\n");
        for (Entry e : entries) {
            String p = e.prefix();
            c.append("    MCUQ_BEGIN(").append(e.networkRegion()).append("u);\n    ").append(p).append("_run(")
                    .append(p).append("_test_input, ").append(p).append("_out);\n    MCUQ_END(")
                    .append(e.networkRegion()).append("u);\n    mcuq_output(\"").append(p).append("\", ").append(p)
                    .append("_out, sizeof ").append(p).append("_out);\n");
        }
        return c.append("    return 0;\n}\n").toString();
    }
}
