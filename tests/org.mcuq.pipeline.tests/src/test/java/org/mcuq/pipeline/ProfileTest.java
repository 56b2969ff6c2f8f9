package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.policy.LayerProfile;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/** Profiling the example LeNet-5 at W8A8, generated from a policy file, on qemu-m4. */
class ProfileTest {

    @TempDir
    static Path dir;

    private static Path policy;
    private static Path project;
    private static ProfileReport report;

    @BeforeAll
    static void generateAndProfile() throws Exception {
        policy = MixedPolicies.save(MixedPolicies.uniform(Example.model()), dir.resolve("lenet-w8a8.mcuq"));
        project = dir.resolve("project");
        Pipeline pipeline = Pipeline.create(new RecordingProgress());
        pipeline.generate(Example.model(), Precision.policyFile(policy), Board.QEMU_M4, Optional.empty(), project,
                false);
        report = pipeline.profile(project, Board.QEMU_M4, Optional.empty());
        System.out.println(report.toText());
    }

    @Test
    void everyLayerWithCodeHasARowAndTheTotalsAreTheirSums() {
        assertTrue(report.run().bitExact());
        List<String> names = report.layers().stream().map(ProfiledLayer::name).toList();
        assertTrue(names.containsAll(List.of("conv1", "conv2", "fc1", "fc2", "output")), names::toString);
        assertEquals(report.layers().stream().mapToLong(ProfiledLayer::instructions).sum(),
                report.totalInstructions());
        assertEquals(report.layers().stream().mapToLong(ProfiledLayer::cycles).sum(), report.totalCycles());
        assertEquals(report.run().network().network().totalMacs(), report.totalMacs());
        long network = report.run().networkInstructions().orElseThrow();
        assertTrue(report.totalInstructions() < network && network < report.totalInstructions() * 11 / 10,
                "layers " + report.totalInstructions() + " of network region " + network);
        for (ProfiledLayer layer : report.layers()) {
            assertTrue(layer.instructions() > 0 && layer.cycles() >= layer.instructions(), layer::toString);
            assertTrue(layer.ramBytes() > 0 && layer.ramBytes() <= report.peakRam(), layer::toString);
        }
        ProfiledLayer conv1 = report.layers().stream().filter(l -> l.name().equals("conv1")).findFirst()
                .orElseThrow();
        assertEquals(8, conv1.weightBits().getAsInt());
        assertTrue(conv1.instructionsPerMac().getAsDouble() > 0.3, conv1::toString);
        assertTrue(report.flash() > report.layers().stream().mapToLong(ProfiledLayer::flashBytes).sum());
    }

    @Test
    void theJsonHoldsTheSameFigures() throws Exception {
        Path file = dir.resolve("out").resolve("profile.json");
        report.writeJson(file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals(report.layers().size(), json.get("layers").size());
        JsonNode total = json.get("total");
        assertEquals(report.totalInstructions(), total.get("instructions").asLong());
        assertEquals(report.totalCycles(), total.get("cycles").asLong());
        assertEquals(report.peakRam(), total.get("ram").asLong());
        assertEquals(report.flash(), total.get("flash").asLong());
        long sum = 0;
        for (JsonNode layer : json.get("layers")) {
            sum += layer.get("instructions").asLong();
        }
        assertEquals(total.get("instructions").asLong(), sum);
        assertEquals("qemu-m4", json.get("board").asText());
        assertTrue(json.get("bitExact").asBoolean());
    }

    @Test
    void thePolicyTheProjectWasGeneratedFromReceivesTheResults() throws Exception {
        assertEquals(policy.toAbsolutePath().normalize(), report.policyUpdated().orElseThrow());
        QuantizationPolicy saved = PolicyResources.load(policy);
        assertEquals("qemu-m4", saved.getProfile().getBoard());
        assertEquals(report.layers().size(), saved.getProfile().getLayerProfiles().size());
        LayerProfile total = saved.getProfile().getTotal();
        assertEquals(report.totalInstructions(), total.getInstructions());
        assertEquals(report.totalCycles(), total.getEstimatedCycles());
        assertEquals(report.peakRam(), total.getRamBytes());
        assertEquals(8, saved.getLayers().get(0).getWeightBits(), "the policy itself is unchanged");
    }

    @Test
    void aFolderThatIsNoProjectIsRefusedBeforeAnythingRuns() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        ProjectFolderException e = assertThrows(ProjectFolderException.class,
                () -> Pipeline.create(Progress.SILENT).profile(empty, Board.QEMU_M4, Optional.empty()));
        assertTrue(e.getMessage().contains("is not a project generated by MCUQ"), e.getMessage());
    }

    @Test
    void aPolicyOfAnotherModelIsRefused() throws Exception {
        QuantizationPolicy other = MixedPolicies.uniform(Example.model());
        other.setModelSha256("0".repeat(64));
        Path file = MixedPolicies.save(other, dir.resolve("other.mcuq"));
        PipelineException e = assertThrows(PipelineException.class,
                () -> Pipeline.create(Progress.SILENT).profile(project, Board.QEMU_M4, Optional.of(file)));
        assertTrue(e.getMessage().contains("was made for another model"), e.getMessage());
    }
}
