package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.liteengine.codegen.CodeGenerationException;
import org.mcuq.pipeline.internal.Folders;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyFactory;
import org.mcuq.policy.QuantizationPolicy;

/** What generate refuses, and that a refusal leaves the output folder as it was. */
class GenerateRefusalsTest {

    @TempDir
    Path dir;

    private final RecordingProgress progress = new RecordingProgress();
    private final Pipeline pipeline = Pipeline.create(progress);

    @Test
    void aPolicyThatDoesNotMatchTheModelFailsBeforeAnythingIsWritten() throws Exception {
        QuantizationPolicy policy = MixedPolicies.uniform(Example.model());
        policy.getLayers().removeIf(l -> l.getLayerName().equals("fc2"));
        policy.getLayers().add(entry("conv9", "CONV2D"));
        Path out = Files.createDirectories(dir.resolve("out"));
        PolicyMismatchException e = assertThrows(PolicyMismatchException.class, () -> generate(policy, out));
        assertTrue(e.getMessage().contains("Layer 'fc2' of the model has no policy"), e.getMessage());
        assertTrue(e.getMessage().contains("Layer 'conv9' of the policy does not exist in the model"), e.getMessage());
        assertEquals(2, e.problems().size(), e.problems().toString());
        assertEquals(List.of(), Folders.filesUnder(out), "the output folder stays empty");
        assertFalse(progress.steps.stream().anyMatch(s -> s.startsWith("quantizing")), progress.steps.toString());
    }

    @Test
    void entriesForLayersWithoutAPolicyOrOfAnotherOpAreNamed() throws Exception {
        QuantizationPolicy policy = MixedPolicies.uniform(Example.model());
        policy.getLayers().add(entry("pool1", "MAX_POOL"));
        policy.getLayers().stream().filter(l -> l.getLayerName().equals("fc1")).findFirst().orElseThrow()
                .setOp("CONV2D");
        policy.getLayers().stream().filter(l -> l.getLayerName().equals("conv2")).findFirst().orElseThrow()
                .setWeightBits(9);
        Path out = dir.resolve("never-created");
        PolicyMismatchException e = assertThrows(PolicyMismatchException.class, () -> generate(policy, out));
        assertEquals(3, e.problems().size(), e.problems().toString());
        assertTrue(e.getMessage().contains("'pool1' is a MAX_POOL, which keeps its input's bits"), e.getMessage());
        assertTrue(e.getMessage().contains("'fc1' is a DENSE in the model but a CONV2D in the policy"),
                e.getMessage());
        assertTrue(e.getMessage().contains("weightBits is 9"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aNonEmptyFolderIsRefusedWithoutForceBeforeTheModelIsImported() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        ProjectFolderException e = assertThrows(ProjectFolderException.class, () -> pipeline
                .generate(Example.model(), Precision.uniform(8, 8), Board.QEMU_M4, Optional.empty(), out, false));
        assertTrue(e.getMessage().contains("not empty") && e.getMessage().contains("notes.txt")
                && e.getMessage().contains("--force"), e.getMessage());
        assertEquals(List.of(), progress.steps);
        assertEquals(List.of("notes.txt"), Folders.filesUnder(out));
    }

    @Test
    void forceRegeneratesOverAnEarlierGenerationAndLeavesForeignFilesAlone() throws Exception {
        Path out = dir.resolve("out");
        pipeline.generate(Example.model(), Precision.uniform(8, 8), Board.QEMU_M4, Optional.empty(), out, false);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Generation again = pipeline.generate(Example.model(), Precision.uniform(4, 4), Board.QEMU_M4,
                Optional.empty(), out, true);
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(again.project().written().contains("network.c"), again.project().written().toString());
        for (LayerPolicy layer : ProjectSpec.read(out).policy().getLayers()) {
            assertEquals(4, layer.getActivationBits(), layer.getLayerName());
        }
        RunReport run = pipeline.run(out, Board.QEMU_M4, Optional.empty());
        assertTrue(run.bitExact(), () -> "first mismatch " + run.firstMismatch());
    }

    @Test
    void aRefusedRegenerationKeepsTheEarlierSpec() throws Exception {
        Path out = dir.resolve("out");
        pipeline.generate(Example.model(), Precision.uniform(8, 8), Board.QEMU_M4, Optional.empty(), out, false);
        byte[] spec = Files.readAllBytes(out.resolve(ProjectSpec.FILE_NAME));
        Path layers = out.resolve("network_layers.h");
        Files.writeString(layers, Files.readString(layers) + "/* my edit */\n");
        assertThrows(CodeGenerationException.class, () -> pipeline.generate(Example.model(),
                Precision.uniform(4, 4), Board.QEMU_M4, Optional.empty(), out, true));
        assertArrayEquals(spec, Files.readAllBytes(out.resolve(ProjectSpec.FILE_NAME)));
    }

    private void generate(QuantizationPolicy policy, Path out) throws Exception {
        Path file = MixedPolicies.save(policy, dir.resolve("policy.mcuq"));
        pipeline.generate(Example.model(), Precision.policyFile(file), Board.QEMU_M4, Optional.empty(), out, false);
    }

    private static LayerPolicy entry(String name, String op) {
        LayerPolicy layer = PolicyFactory.eINSTANCE.createLayerPolicy();
        layer.setLayerName(name);
        layer.setOp(op);
        return layer;
    }
}
