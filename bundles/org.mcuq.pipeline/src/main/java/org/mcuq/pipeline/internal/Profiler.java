package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.mcuq.boards.Board;
import org.mcuq.boards.MemoryReport;
import org.mcuq.boards.Profile;
import org.mcuq.boards.RegionProfile;
import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImportException;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelSelection;
import org.mcuq.liteengine.memory.LayerMemory;
import org.mcuq.liteengine.memory.MemoryPlan;
import org.mcuq.liteengine.memory.MemoryPlanner;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.pipeline.BoardFirmware;
import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.ProfiledLayer;
import org.mcuq.pipeline.ProjectSpec;
import org.mcuq.pipeline.Progress;
import org.mcuq.pipeline.RunReport;

/**
 * The steps of {@code Pipeline.profile}: a profiled, bit-exactness-checked run of the project ({@link Runner}),
 * one row per layer region joined with the memory plan of the same network, the firmware's memory, and the
 * results stored in the policy when there is one.
 */
public final class Profiler {

    private final Toolchain toolchain;
    private final Progress progress;

    public Profiler(Toolchain toolchain, Progress progress) {
        this.toolchain = toolchain;
        this.progress = progress;
    }

    public ProfileReport profile(Path projectDir, Board board, Optional<Path> policyFile)
            throws ModelImportException, IOException {
        Optional<Path> policy = policyFile.isPresent() ? policyFile : recordedPolicy(projectDir);
        ProjectSpec spec = ProjectSpec.read(projectDir);
        if (policy.isPresent()) {
            ProfileRecords.load(policy.get(), spec);
        }
        RunReport run = new Runner(toolchain, progress).run(projectDir, board, Optional.empty());
        Profile profile = run.run().requireProfile();
        List<ProfiledLayer> layers = layers(run.network(), profile, board);
        MemoryReport memory = MemoryReport.read(board, run.firmware(), toolchain);
        if (run.run().stackHighWater().isPresent()) {
            memory = memory.withStackHighWater(run.run().stackHighWater().getAsLong());
        }
        ProfileReport report = new ProfileReport(run, profile.model(), layers, memory, Optional.empty());
        if (policy.isEmpty()) {
            return report;
        }
        if (!run.bitExact()) {
            progress.warning("the run was not bit-exact, so its profile was not stored in " + policy.get());
            return report;
        }
        progress.step("storing the profile results in " + policy.get());
        ProfileRecords.store(policy.get(), spec, report);
        return new ProfileReport(run, profile.model(), layers, memory, policy);
    }

    private Optional<Path> recordedPolicy(Path projectDir) throws IOException {
        Optional<Path> recorded = SourcePolicy.read(projectDir);
        if (recorded.isPresent() && !Files.isRegularFile(recorded.get())) {
            progress.warning("the policy " + recorded.get() + " that project " + projectDir + " was generated from"
                    + " no longer exists, so the profile is not stored in it (give one with --policy)");
            return Optional.empty();
        }
        return recorded;
    }

    private static List<ProfiledLayer> layers(QuantizedNetwork network, Profile profile, Board board) {
        KernelSelection kernels = KernelSelection.select(network, BoardFirmware.core(board.core()),
                GenerationOptions.defaults());
        MemoryPlan plan = MemoryPlanner.plan(network, kernels);
        List<ProfiledLayer> rows = new ArrayList<>();
        List<QuantizedLayer> all = network.layers();
        for (int step = 0; step < all.size(); step++) {
            RegionProfile region = profile.regions().get(GenerationOptions.defaults().regionBase() + step);
            if (region != null) {
                rows.add(row(network, all.get(step), region, plan.layers().get(step)));
            }
        }
        return rows;
    }

    private static ProfiledLayer row(QuantizedNetwork network, QuantizedLayer layer, RegionProfile region,
            LayerMemory memory) {
        OptionalInt weightBits = layer instanceof QuantizedWeightedLayer weighted
                ? OptionalInt.of(weighted.weightBits()) : OptionalInt.empty();
        return new ProfiledLayer(layer.name(), layer.source().op().name(), weightBits, layer.output().bits(),
                network.network().macs(layer.name()), region.totalInstructions(), region.totalCycles(),
                memory.liveBytes(), memory.constantBytes());
    }
}
