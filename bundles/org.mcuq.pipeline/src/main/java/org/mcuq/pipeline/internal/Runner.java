package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.RunResult;
import org.mcuq.boards.TargetBoard;
import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImportException;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.CodeGenerator;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.memory.TensorLayout;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.reference.ReferenceExecutor;
import org.mcuq.pipeline.BoardFirmware;
import org.mcuq.pipeline.BoardMismatchException;
import org.mcuq.pipeline.InputRef;
import org.mcuq.pipeline.PipelineException;
import org.mcuq.pipeline.ProjectFolderException;
import org.mcuq.pipeline.ProjectSpec;
import org.mcuq.pipeline.Progress;
import org.mcuq.pipeline.RunReport;
import org.mcuq.policy.QuantizationPolicy;

/**
 * The steps of {@code Pipeline.run}: the cheap checks first, then import, rebuild, build, run (QEMU or OpenOCD),
 * compare.
 */
public final class Runner {

    /** Where runs on another input or board build their firmware, inside the project folder. */
    public static final String RUN_FOLDER = ".mcuq-run";

    private static final String OUTPUT = "output";

    private final Toolchain toolchain;
    private final Progress progress;

    public Runner(Toolchain toolchain, Progress progress) {
        this.toolchain = toolchain;
        this.progress = progress;
    }

    public RunReport run(Path projectDir, TargetBoard board, Optional<InputRef> input)
            throws ModelImportException, IOException {
        return run(projectDir, board, input, Optional.empty());
    }

    /**
     * @param transcript for a real board: OpenOCD's recorded standard output of this very firmware's run, read
     *                   instead of running OpenOCD (e.g. from a machine the board is connected to)
     */
    public RunReport run(Path projectDir, TargetBoard board, Optional<InputRef> input, Optional<Path> transcript)
            throws ModelImportException, IOException {
        ProjectSpec spec = ProjectSpec.read(projectDir);
        requireCore(spec, board);
        spec.requireModelUnchanged();
        BoardRun boardRun = new BoardRun(toolchain, progress);
        boardRun.requireTools(board, transcript);
        progress.step("importing " + spec.modelFile());
        QuantizedNetwork network = rebuild(spec, ModelImporter.load(spec.modelFile()));
        InputRef ref = input.orElseGet(() -> testInputOf(projectDir));
        Shape shape = network.network().inputLayer().shape();
        int[] quantizedInput = network.quantizeInput(InputFiles.readOne(ref, shape,
                InputConvention.of(spec.modelFile(), shape)));
        Path elf = input.isEmpty() && board.equals(spec.board()) ? build(projectDir)
                : buildCopy(network, board, projectDir, quantizedInput);
        RunResult result = boardRun.run(elf, board, transcript).requireExitCode(0);
        return new RunReport(board, elf, ref.toString(), ReferenceExecutor.run(network, quantizedInput),
                outputOf(result, network), result, network);
    }

    private static void requireCore(ProjectSpec spec, TargetBoard board) {
        if (BoardFirmware.core(board.core()) != spec.core()) {
            throw new BoardMismatchException("Project " + spec.directory() + " was generated for a "
                    + spec.core().displayName() + " but board " + board.id() + " has a "
                    + BoardFirmware.core(board.core()).displayName() + "; run it on a board with that core (e.g. "
                    + spec.board().id() + "), or generate it again for this board's core.");
        }
    }

    private QuantizedNetwork rebuild(ProjectSpec spec, Network network) {
        QuantizationPolicy policy = spec.policy();
        String what = "Project spec " + spec.directory().resolve(ProjectSpec.FILE_NAME) + " does not fit model "
                + spec.modelFile();
        PolicyCheck.require(policy, network, what);
        QuantizationSpec quantization = PolicySpecs.toSpec(policy, network);
        if (PolicySpecs.needsCalibration(quantization, network)) {
            throw new ProjectFolderException(what + ": it does not record every step and the input's"
                    + " signedness; generate the project again.");
        }
        progress.step("rebuilding the quantized network from " + ProjectSpec.FILE_NAME);
        QuantizedNetwork quantized = Quantizer.quantize(network, quantization, List.of());
        PolicyRecords.verify(policy, quantized, what);
        return quantized;
    }

    private static InputRef testInputOf(Path projectDir) {
        Path file = projectDir.resolve(ProjectSpec.TEST_INPUT_FILE);
        if (!Files.isRegularFile(file)) {
            throw new ProjectFolderException("Project " + projectDir + " has no " + ProjectSpec.TEST_INPUT_FILE
                    + " (its test input); give an input file, or generate the project again.");
        }
        return InputRef.of(file);
    }

    private Path build(Path directory) {
        progress.step("building " + directory + " with make");
        return MakeBuild.build(directory, toolchain);
    }

    /** Regenerates the project for this board and input into the run folder, then builds what changed. */
    private Path buildCopy(QuantizedNetwork network, TargetBoard board, Path projectDir, int[] input)
            throws IOException {
        Path staging = Files.createTempDirectory("mcuq-stage");
        try {
            CodeGenerator.generate(network, BoardFirmware.target(board), staging,
                    GenerationOptions.defaults().withTestInput(input));
            Path copy = projectDir.resolve(RUN_FOLDER).resolve(folderName(board));
            FolderMirror.mirror(staging, copy);
            return build(copy);
        } finally {
            Folders.deleteQuietly(staging);
        }
    }

    /** "qemu-m4", or e.g. "openocd_board_st_nucleo_f4.cfg" for a real board's name. */
    static String folderName(TargetBoard board) {
        return board.fullId().replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static int[] outputOf(RunResult result, QuantizedNetwork network) {
        String outputLayer = network.network().outputLayer().name();
        TensorLayout layout = TensorLayout.of(network.shapeOf(outputLayer).elements(),
                network.outputQuantization());
        byte[] bytes = result.output(OUTPUT);
        if (bytes.length != layout.bytes()) {
            throw new PipelineException("The firmware sent " + bytes.length + " bytes as '" + OUTPUT + "' but the"
                    + " network's output is a " + layout + " of " + layout.bytes() + " bytes; was main.c edited?");
        }
        return layout.unpack(bytes);
    }
}
