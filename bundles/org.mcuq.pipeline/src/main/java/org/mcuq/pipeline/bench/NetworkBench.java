package org.mcuq.pipeline.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.Board;
import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImportException;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.pipeline.Pipeline;
import org.mcuq.pipeline.Precision;
import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.Progress;
import org.mcuq.pipeline.internal.LayerKinds;
import org.mcuq.pipeline.internal.Sha256;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.factory.LayerSpec;
import org.mcuq.policy.factory.PolicyFactoryHelper;
import org.mcuq.policy.resource.PolicyResources;

/** A whole network at uniform 8 bits, uniform 4 bits and a mixed policy, generated and profiled on qemu-m4. */
final class NetworkBench {

    static final Board BOARD = Board.QEMU_M4;
    static final String UNIFORM_8 = "uniform W8A8";
    static final String UNIFORM_4 = "uniform W4A4";
    static final String MIXED = "mixed (first and last layer W8A8, others W4A4)";
    static final List<String> PRECISIONS = List.of(UNIFORM_8, UNIFORM_4, MIXED);

    private final Pipeline pipeline;

    NetworkBench(Toolchain toolchain) {
        this.pipeline = new Pipeline(toolchain, Progress.SILENT);
    }

    NetworkResult measure(Path model, String precision, Path work) throws IOException, ModelImportException {
        Path project = work.resolve("project");
        pipeline.generate(model, precision(model, precision, work), BOARD, Optional.empty(), project, true);
        ProfileReport report = pipeline.profile(project, BOARD, Optional.empty());
        return new NetworkResult(report.run().network().network().name(), precision, BOARD,
                report.run().networkInstructions().orElseThrow(), report.run().networkCycles().orElseThrow(),
                report.peakRam(), report.flash(), report.run().bitExact());
    }

    private static Precision precision(Path model, String precision, Path work)
            throws IOException, ModelImportException {
        return switch (precision) {
            case UNIFORM_8 -> Precision.uniform(8, 8);
            case UNIFORM_4 -> Precision.uniform(4, 4);
            default -> Precision.policyFile(mixedPolicy(model, work.resolve("mixed.mcuq")));
        };
    }

    private static Path mixedPolicy(Path model, Path file) throws IOException, ModelImportException {
        Network network = ModelImporter.load(model);
        List<LayerSpec> layers = new ArrayList<>();
        for (String name : LayerKinds.weightedNames(network)) {
            layers.add(new LayerSpec(name, network.layer(name).op().name()));
        }
        QuantizationPolicy policy = PolicyFactoryHelper.uniform(model.toString(), Sha256.of(model), layers, 4, 4);
        List<LayerPolicy> entries = policy.getLayers();
        for (LayerPolicy edge : List.of(entries.get(0), entries.get(entries.size() - 1))) {
            edge.setWeightBits(8);
            edge.setActivationBits(8);
        }
        PolicyResources.save(policy, file);
        return file;
    }
}
