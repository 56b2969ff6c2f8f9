package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.CycleModel;
import org.mcuq.boards.MemoryReport;
import org.mcuq.boards.Profile;
import org.mcuq.boards.TargetBoard;
import org.mcuq.boards.Toolchain;
import org.mcuq.importer.ModelImportException;
import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.ProfiledLayer;
import org.mcuq.pipeline.ProjectSpec;
import org.mcuq.pipeline.Progress;
import org.mcuq.pipeline.RunReport;

/**
 * The steps of {@code Pipeline.profile}: a profiled (QEMU) or cycle-measured (real board), bit-exactness-checked
 * run of the project ({@link Runner}), one row per layer region ({@link LayerRows}), the firmware's memory, and
 * the results stored in the policy when there is one.
 */
public final class Profiler {

    private final Toolchain toolchain;
    private final Progress progress;

    public Profiler(Toolchain toolchain, Progress progress) {
        this.toolchain = toolchain;
        this.progress = progress;
    }

    public ProfileReport profile(Path projectDir, TargetBoard board, Optional<Path> policyFile)
            throws ModelImportException, IOException {
        return profile(projectDir, board, policyFile, Optional.empty());
    }

    /** @param transcript a real board's recorded OpenOCD output, read instead of running OpenOCD */
    public ProfileReport profile(Path projectDir, TargetBoard board, Optional<Path> policyFile,
            Optional<Path> transcript) throws ModelImportException, IOException {
        Optional<Path> policy = policyFile.isPresent() ? policyFile : recordedPolicy(projectDir);
        ProjectSpec spec = ProjectSpec.read(projectDir);
        if (policy.isPresent()) {
            ProfileRecords.load(policy.get(), spec);
        }
        RunReport run = new Runner(toolchain, progress).run(projectDir, board, Optional.empty(), transcript);
        Optional<CycleModel> model = run.run().profile().map(Profile::model);
        List<ProfiledLayer> layers = LayerRows.of(run.network(), run.run(), board);
        MemoryReport memory = MemoryReport.read(board, run.firmware(), toolchain);
        if (run.run().stackHighWater().isPresent()) {
            memory = memory.withStackHighWater(run.run().stackHighWater().getAsLong());
        }
        ProfileReport report = new ProfileReport(run, model, layers, memory, Optional.empty());
        if (policy.isEmpty()) {
            return report;
        }
        if (!run.bitExact()) {
            progress.warning("the run was not bit-exact, so its profile was not stored in " + policy.get());
            return report;
        }
        progress.step("storing the profile results in " + policy.get());
        ProfileRecords.store(policy.get(), spec, report);
        return new ProfileReport(run, model, layers, memory, policy);
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
}
