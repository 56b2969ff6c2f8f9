package org.mcuq.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.TargetBoard;
import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImportException;
import org.mcuq.pipeline.internal.Generator;
import org.mcuq.pipeline.internal.Profiler;
import org.mcuq.pipeline.internal.Runner;

/**
 * From a model file to a bit-exact firmware run, headless. {@link #generate} imports the model, checks the policy
 * against it, quantizes (calibrating where the policy gives no steps), and writes the C project with a test input
 * and the {@link ProjectSpec}. {@link #run} rebuilds the quantized network from the spec alone, builds the firmware
 * with make, runs it on a QEMU board (or flashes and runs it on a real board with OpenOCD) and compares its output
 * with the integer reference on the same input.
 */
public final class Pipeline {

    /** Where runs on another input or board build their firmware, inside the project folder. */
    public static final String RUN_FOLDER = Runner.RUN_FOLDER;

    private final Toolchain toolchain;
    private final Progress progress;

    public Pipeline(Toolchain toolchain, Progress progress) {
        this.toolchain = toolchain;
        this.progress = progress;
    }

    /** Uses the programs on the PATH (and in -Dmcuq.toolchain.path). */
    public static Pipeline create(Progress progress) {
        return new Pipeline(Toolchain.fromEnvironment(), progress);
    }

    /**
     * Generates the project for {@code board} into {@code outDir}; nothing is written when anything is refused.
     * The steps come from the policy where it gives them, else from calibration on {@code calibrationData} (IDX
     * images, raw float32 inputs or a tensor folder), else on the bundled MNIST example images for a 28x28x1 input,
     * else on seeded random inputs over the input range (with a warning). The first of those inputs is the test
     * input of the generated main.c.
     *
     * @param force regenerate over an earlier generation in a non-empty folder
     * @throws PipelineException    if the folder is in use, the policy does not fit the model or a file is bad
     * @throws ModelImportException if the model cannot be imported
     */
    public Generation generate(Path model, Precision precision, TargetBoard board, Optional<Path> calibrationData,
            Path outDir, boolean force) throws ModelImportException, IOException {
        return new Generator(progress).generate(model, precision, board, calibrationData, outDir.toAbsolutePath(),
                force);
    }

    /**
     * Builds and runs the project in {@code projectDir} on {@code board}: the project itself on its test input when
     * the board is the project's own, otherwise a copy regenerated for that board (its memory map and firmware
     * kit) and input in {@value #RUN_FOLDER}/BOARD (the project stays as it is). Only what changed is recompiled.
     * A QEMU board runs the firmware profiled; a real board ({@code openocd:...}) runs the DWT cycle-counting
     * firmware, flashed and started by OpenOCD.
     *
     * @param input another input than the project's test input
     * @throws PipelineException if the folder is no project, the board has another core, the model changed or
     *                           the input does not fit the model
     */
    public RunReport run(Path projectDir, TargetBoard board, Optional<InputRef> input)
            throws ModelImportException, IOException {
        return new Runner(toolchain, progress).run(projectDir.toAbsolutePath(), board, input);
    }

    /**
     * {@link #run} on a real board ({@code openocd:...}) without running OpenOCD: the firmware is built as for a
     * run, and {@code transcript}, OpenOCD's recorded standard output of that firmware's run (e.g. on a machine the
     * board is connected to), is read instead.
     */
    public RunReport run(Path projectDir, OpenOcdBoard board, Optional<InputRef> input, Path transcript)
            throws ModelImportException, IOException {
        return new Runner(toolchain, progress).run(projectDir.toAbsolutePath(), board, input,
                Optional.of(transcript));
    }

    /**
     * Profiles the project in {@code projectDir} on {@code board}: builds and runs it on its test input as
     * {@link #run} does (bit-exactness included), with a row per layer (instructions and estimated cycles on QEMU,
     * DWT-measured cycles on a real board; MACs, live arena bytes, constant bytes) and the firmware's flash and peak
     * RAM. When the run is bit-exact the results
     * replace the profile results of {@code policyFile}, or else of the policy the project was generated from.
     *
     * @throws PipelineException if the folder is no project, the policy is missing or made for another model, or
     *                           anything {@link #run} refuses
     */
    public ProfileReport profile(Path projectDir, TargetBoard board, Optional<Path> policyFile)
            throws ModelImportException, IOException {
        return new Profiler(toolchain, progress).profile(projectDir.toAbsolutePath(), board, policyFile);
    }

    /** {@link #profile} on a real board from a recorded OpenOCD transcript, as {@link #run} reads one. */
    public ProfileReport profile(Path projectDir, OpenOcdBoard board, Optional<Path> policyFile, Path transcript)
            throws ModelImportException, IOException {
        return new Profiler(toolchain, progress).profile(projectDir.toAbsolutePath(), board, policyFile,
                Optional.of(transcript));
    }
}
