package org.mcuq.liteengine.codegen;

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
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.pipeline.BoardFirmware;

/**
 * Several generated networks linked into one firmware image, so that one QEMU run checks many kernels. Each
 * network is generated into its own folder with its own prefix; a test main runs them in turn and sends each
 * output (and, with tracing, every layer's output) to the host.
 */
final class CombinedFirmware {

    /** One network of the image. */
    record Entry(String prefix, QuantizedNetwork network, int[] input, GeneratedProject project) {
    }

    private final Board board;
    private final Path root;
    private final boolean trace;
    private final List<Entry> entries = new ArrayList<>();

    /** With -Dliteengine.keep=DIR the image is built in DIR/NAME and kept for inspection. */
    CombinedFirmware(Board board, Path root, boolean trace) {
        this.board = board;
        String keep = System.getProperty("liteengine.keep");
        this.root = keep == null ? root : Path.of(keep, board.id() + "-" + root.getFileName());
        this.trace = trace;
    }

    Entry add(QuantizedNetwork network, int[] input, GenerationOptions options) {
        String prefix = "net" + entries.size();
        GeneratedProject project = CodeGenerator.generate(network, BoardFirmware.target(board), root.resolve(prefix),
                options.withPrefix(prefix).withTestInput(input).withRegionBase(100 * entries.size()));
        Entry entry = new Entry(prefix, network, input, project);
        entries.add(entry);
        return entry;
    }

    List<Entry> entries() {
        return entries;
    }

    RunResult buildAndRun(boolean profile) {
        String flags = "-Wextra -Werror" + (trace ? " -DLITEENGINE_TRACE" : "");
        Path elf = FirmwareImage.build(board, root, main(), entries.stream().map(Entry::project).toList(), flags);
        RunOptions options = RunOptions.defaults().withTimeLimit(Duration.ofMinutes(3)).withProfiling(profile)
                .withWorkDirectory(root.resolve("run"));
        return new QemuRunner(Toolchain.fromEnvironment()).run(elf, board, options).requireExitCode(0);
    }

    private String main() {
        StringBuilder c = new StringBuilder("#include \"mcuq.h\"\n");
        entries.forEach(e -> c.append("#include \"").append(e.prefix()).append('/').append(e.prefix())
                .append(".h\"\n"));
        c.append("\nstatic void send(const char *prefix, uint32_t step, const uint8_t *t, uint32_t n)\n{\n")
                .append("    char name[16];\n    uint32_t i = 0u;\n    while (prefix[i] != '\\0') {\n")
                .append("        name[i] = prefix[i];\n        i++;\n    }\n    name[i++] = '.';\n")
                .append("    name[i++] = (char)('0' + step / 100u % 10u);\n")
                .append("    name[i++] = (char)('0' + step / 10u % 10u);\n")
                .append("    name[i++] = (char)('0' + step % 10u);\n    name[i] = '\\0';\n")
                .append("    mcuq_output(name, t, n);\n}\n\n");
        for (Entry e : entries) {
            String p = e.prefix();
            String m = p.toUpperCase(Locale.ROOT);
            c.append("extern const uint8_t ").append(p).append("_test_input[").append(m).append("_INPUT_BYTES];\n")
                    .append("static uint8_t ").append(p).append("_out[").append(m).append("_OUTPUT_BYTES];\n")
                    .append("void ").append(p).append("_trace(uint32_t step, const uint8_t *t, uint32_t n)\n{\n")
                    .append("    send(\"").append(p).append("\", step, t, n);\n}\n");
        }
        c.append("\nint main(void)\n{\n    (void)send;\n");
        for (Entry e : entries) {
            String p = e.prefix();
            c.append("    ").append(p).append("_run(").append(p).append("_test_input, ").append(p).append("_out);\n")
                    .append("    mcuq_output(\"").append(p).append("\", ").append(p).append("_out, ")
                    .append(p.toUpperCase(Locale.ROOT)).append("_OUTPUT_BYTES);\n");
        }
        return c.append("    return 0;\n}\n").toString();
    }
}
