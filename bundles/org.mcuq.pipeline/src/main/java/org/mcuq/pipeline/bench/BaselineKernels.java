package org.mcuq.pipeline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.Firmware;
import org.mcuq.boards.FirmwareBuilder;
import org.mcuq.boards.Profile;
import org.mcuq.boards.QemuRunner;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.Toolchain;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.pipeline.bench.KernelResult.Engine;

/**
 * The baselines of one layer shape on one core: the project's own int8 kernel (im2col + SMLAD, bench_int8.c) and
 * naive C loops (bench_naive.c) in one firmware, which fails unless both give the same output.
 */
final class BaselineKernels {

    static final List<String> SOURCES = List.of("bench_shape.h", "bench_ops.h", "bench_int8.c", "bench_naive.c",
            "bench_main.c");
    private static final LayerBits INT8 = new LayerBits(8, 8);

    private final Toolchain toolchain;

    BaselineKernels(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    List<KernelResult> measure(BenchLayer layer, Board board, Path work) {
        extractSources(work);
        FirmwareBuilder builder = new FirmwareBuilder(board, toolchain).includeDirectory(work)
                .compilerFlags(layer.compilerDefinitions().toArray(String[]::new)).compilerFlags("-Wextra", "-Werror");
        SOURCES.stream().filter(f -> f.endsWith(".c")).forEach(f -> builder.sources(work.resolve(f)));
        Firmware firmware = builder.build(work);
        Profile profile = new QemuRunner(toolchain).run(firmware, RunOptions.defaults().withProfiling(true)
                .withTimeLimit(Duration.ofMinutes(5))).requireExitCode(0).requireProfile();
        List<KernelResult> results = new ArrayList<>();
        results.add(result(layer, board, Engine.INT8, profile, 1));
        results.add(result(layer, board, Engine.NAIVE, profile, 2));
        return results;
    }

    private static KernelResult result(BenchLayer layer, Board board, Engine engine, Profile profile, int region) {
        var r = profile.region(region);
        return new KernelResult(layer, board, engine, INT8, r.totalInstructions(), r.totalCycles(), Optional.empty());
    }

    static void extractSources(Path directory) {
        try {
            Files.createDirectories(directory);
            for (String name : SOURCES) {
                try (InputStream in = BaselineKernels.class.getResourceAsStream("/mcuq-bench/" + name)) {
                    if (in == null) {
                        throw new BoardException("The bench source " + name + " is missing from the org.mcuq.pipeline"
                                + " jar; rebuild it");
                    }
                    Files.write(directory.resolve(name), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new BoardException("Could not write the bench sources to " + directory + ": " + e.getMessage(), e);
        }
    }
}
