package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.mcuq.pipeline.PipelineException;
import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.ProfiledLayer;
import org.mcuq.pipeline.ProjectSpec;
import org.mcuq.policy.LayerProfile;
import org.mcuq.policy.PolicyFactory;
import org.mcuq.policy.ProfileResults;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;

/**
 * Stores a profile in a policy's profile results: one layer profile per profiled layer and a total (named
 * {@value #TOTAL}) with the summed instructions and cycles, the firmware's peak RAM and flash. Earlier results are
 * replaced; a known accuracy is kept. A real board's results hold its measured (DWT) cycles and instructions
 * {@value #NOT_COUNTED}: not counted there.
 */
public final class ProfileRecords {

    /** Layer name of the total entry. */
    public static final String TOTAL = "total";

    /** Instructions of a real board's profile, which measures cycles only. */
    public static final long NOT_COUNTED = -1;

    private ProfileRecords() {
    }

    /** @throws PipelineException if the file is missing or made for another model than the project's */
    public static QuantizationPolicy load(Path file, ProjectSpec spec) throws IOException {
        QuantizationPolicy policy;
        try {
            policy = PolicyResources.load(file);
        } catch (NoSuchFileException e) {
            throw new PipelineException("No policy file at " + file.toAbsolutePath() + ".", e);
        }
        String sha = policy.getModelSha256();
        if (sha != null && !sha.equals(spec.modelSha256())) {
            throw new PipelineException("Policy " + file + " was made for another model (SHA-256 " + sha + ") than"
                    + " project " + spec.directory() + " (" + spec.modelFile() + ", SHA-256 " + spec.modelSha256()
                    + "); give the policy the project was generated from.");
        }
        return policy;
    }

    /** Saves the report into the policy file atomically; the policy's layers must match the network. */
    public static void store(Path file, ProjectSpec spec, ProfileReport report) throws IOException {
        QuantizationPolicy policy = load(file, spec);
        PolicyCheck.require(policy, report.run().network().network(), "Policy " + file + " does not fit the network"
                + " of project " + spec.directory());
        ProfileResults results = PolicyFactory.eINSTANCE.createProfileResults();
        results.setBoard(report.run().board().id());
        if (policy.getProfile() != null) {
            results.setAccuracy(policy.getProfile().getAccuracy());
        }
        for (ProfiledLayer layer : report.layers()) {
            results.getLayerProfiles().add(entry(layer.name(), instructions(report, layer.instructions()),
                    layer.cycles(), layer.ramBytes(), layer.flashBytes()));
        }
        results.setTotal(entry(TOTAL, instructions(report, report.totalInstructions()), report.totalCycles(),
                report.peakRam(), report.flash()));
        policy.setProfile(results);
        PolicyResources.save(policy, file);
    }

    private static long instructions(ProfileReport report, long instructions) {
        return report.instructionsCounted() ? instructions : NOT_COUNTED;
    }

    private static LayerProfile entry(String name, long instructions, long cycles, long ram, long flash) {
        LayerProfile entry = PolicyFactory.eINSTANCE.createLayerProfile();
        entry.setLayerName(name);
        entry.setInstructions(instructions);
        entry.setEstimatedCycles(cycles);
        entry.setRamBytes(ram);
        entry.setFlashBytes(flash);
        return entry;
    }
}
