package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.TargetBoard;
import org.mcuq.importer.ModelImportException;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.CodeGenerator;
import org.mcuq.liteengine.codegen.GeneratedProject;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.pipeline.BoardFirmware;
import org.mcuq.pipeline.Generation;
import org.mcuq.pipeline.PipelineException;
import org.mcuq.pipeline.Precision;
import org.mcuq.pipeline.ProjectFolderException;
import org.mcuq.pipeline.ProjectSpec;
import org.mcuq.pipeline.Progress;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;

/** The steps of {@code Pipeline.generate}: every check runs before the first file is written. */
public final class Generator {

    /** A quantized network with the test input and where its steps came from. */
    private record Quantized(QuantizedNetwork network, float[] testInput, String stepsFrom, long seed) {
    }

    private final Progress progress;

    public Generator(Progress progress) {
        this.progress = progress;
    }

    public Generation generate(Path model, Precision precision, TargetBoard board, Optional<Path> calibrationData,
            Path outDir, boolean force) throws ModelImportException, IOException {
        requireUsableFolder(outDir, force);
        String sha256 = modelSha256(model);
        progress.step("importing " + model);
        Network network = ModelImporter.load(model);
        Optional<QuantizationPolicy> policy = loadPolicy(precision, network, model, sha256);
        Quantized quantized = quantize(network, policy, precision, model, calibrationData);
        progress.step("generating the C project for " + board.id() + " in " + outDir);
        int[] testInput = quantized.network().quantizeInput(quantized.testInput());
        GeneratedProject project = CodeGenerator.generate(quantized.network(), BoardFirmware.target(board), outDir,
                GenerationOptions.defaults().withForce(force).withTestInput(testInput));
        InputFiles.writeRaw(outDir.resolve(ProjectSpec.TEST_INPUT_FILE), quantized.testInput());
        ProjectSpec spec = ProjectSpec.of(quantized.network(), model, sha256, board, outDir, quantized.stepsFrom(),
                quantized.seed());
        spec.write();
        SourcePolicy.record(outDir, precision instanceof Precision.PolicyFile file ? Optional.of(file.file())
                : Optional.empty());
        return new Generation(project, spec, quantized.network(), board, quantized.stepsFrom(), testInput);
    }

    private static void requireUsableFolder(Path outDir, boolean force) throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new ProjectFolderException("The output path " + outDir + " is a file; give a folder.");
        }
        List<String> files = Folders.filesUnder(outDir);
        if (!force && !files.isEmpty()) {
            throw new ProjectFolderException("The output folder " + outDir + " is not empty (" + files.size()
                    + " files, e.g. " + String.join(", ", files.subList(0, Math.min(3, files.size())))
                    + "); choose an empty folder, or force (--force) a regeneration over an earlier one.");
        }
    }

    private static String modelSha256(Path model) throws IOException {
        try {
            return Sha256.of(model);
        } catch (NoSuchFileException e) {
            throw new PipelineException("No model file at " + model.toAbsolutePath() + ".", e);
        }
    }

    private Optional<QuantizationPolicy> loadPolicy(Precision precision, Network network, Path model,
            String sha256) throws IOException {
        if (!(precision instanceof Precision.PolicyFile file)) {
            return Optional.empty();
        }
        QuantizationPolicy policy;
        try {
            policy = PolicyResources.load(file.file());
        } catch (NoSuchFileException e) {
            throw new PipelineException("No policy file at " + file.file().toAbsolutePath() + ".", e);
        }
        PolicyCheck.require(policy, network, "Policy " + file.file() + " does not fit model " + model);
        if (policy.getModelSha256() != null && !policy.getModelSha256().equals(sha256)) {
            progress.warning("policy " + file.file() + " was made for another version of the model (SHA-256 "
                    + policy.getModelSha256() + ", this one " + sha256 + "); its layers match, but steps it gives"
                    + " were found for the other version.");
        }
        return Optional.of(policy);
    }

    private Quantized quantize(Network network, Optional<QuantizationPolicy> policy, Precision precision,
            Path model, Optional<Path> calibrationData) {
        QuantizationSpec spec = policy.map(p -> PolicySpecs.toSpec(p, network)).orElseGet(() -> uniform(precision));
        Shape shape = network.inputLayer().shape();
        SampleInputs samples = SampleInputs.choose(calibrationData, shape, InputConvention.of(model, shape));
        boolean calibrate = PolicySpecs.needsCalibration(spec, network);
        String stepsFrom = calibrate ? "post-training calibration (" + spec.calibration() + ") on "
                + samples.description() : "given by " + precision.describe();
        if (calibrate && samples.random()) {
            progress.warning("no calibration data was given and the model's input is not 28x28x1 like the bundled"
                    + " MNIST example, so the steps are calibrated on " + samples.description() + ". Accuracy"
                    + " will suffer (pass real inputs as calibration data); the generated code is still bit-exact.");
        }
        progress.step("quantizing to " + precision.describe() + "; steps: " + stepsFrom);
        QuantizedNetwork quantized = Quantizer.quantize(network, spec, calibrate ? samples.inputs() : List.of());
        policy.ifPresent(p -> PolicyRecords.verify(p, quantized, "Policy " + precision.describe()));
        return new Quantized(quantized, samples.first(), stepsFrom, calibrate && samples.random() ? samples.seed()
                : 0);
    }

    private static QuantizationSpec uniform(Precision precision) {
        Precision.Uniform uniform = (Precision.Uniform) precision;
        return QuantizationSpec.uniform(uniform.bits().weightBits(), uniform.bits().activationBits());
    }
}
