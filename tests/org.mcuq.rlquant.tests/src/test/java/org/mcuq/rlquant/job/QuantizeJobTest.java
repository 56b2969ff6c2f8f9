package org.mcuq.rlquant.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.io.NetworkFiles;
import org.mcuq.pipeline.Progress;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;
import org.mcuq.rlquant.agent.BitRange;
import org.mcuq.rlquant.agent.CostKind;
import org.mcuq.rlquant.agent.InfeasibleBudgetException;
import org.mcuq.rlquant.search.EpisodeResult;
import org.mcuq.rlquant.search.SearchException;
import org.mcuq.rlquant.search.SearchListener;

/**
 * The whole quantize job on LeNet-5 with a small slice of MNIST (1,500 training, 300 test images), on the real
 * toolchain and QEMU: files, policy contents, budgets, the bit-exact profiled run, resuming a stopped search, and
 * the errors that must come before any long work.
 */
class QuantizeJobTest {

    private static final long RAM_BUDGET = 3_000;

    @TempDir
    static Path work;

    private static Path data;
    private static QuantizeReport report;
    private static List<EpisodeResult> episodes = new ArrayList<>();

    @BeforeAll
    static void runJob() throws Exception {
        data = SmallMnist.write(work.resolve("data"), 1500, 300);
        SearchListener listener = (searcher, result, total, seconds) -> episodes.add(result);
        report = new QuantizeJob(Progress.SILENT, listener, () -> false).run(request(work.resolve("out"), false));
        System.out.print(ReportText.markdown(report));
    }

    @Test
    void everySearchedPolicyMeetsTheBudgetAndTheProjectIsBitExactOnTheBoard() {
        assertEquals(8, episodes.size());
        episodes.forEach(e -> assertTrue(e.costs().ramBytes() <= RAM_BUDGET, e.toString()));
        assertTrue(report.found().withinBudget());
        assertTrue(report.run().bitExact());
        assertTrue(report.run().networkInstructions().orElseThrow() > 100_000);
        assertEquals(List.of("RLQuant", "random search", "uniform W8A8", "uniform W4A4"),
                report.compared().stream().map(ComparedPolicy::name).toList());
        assertTrue(report.engineAccuracy() > 0.8, "engine accuracy " + report.engineAccuracy());
        assertTrue(Math.abs(report.engineAccuracy() - report.found().accuracy()) <= 0.01);
    }

    @Test
    void thePolicyRecordsBitsStepsBudgetsProvenanceAndTheProfile() throws Exception {
        QuantizationPolicy policy = PolicyResources.load(report.policyFile());
        assertEquals(report.modelFile().toAbsolutePath().normalize().toString(), policy.getModelFile());
        assertEquals(RAM_BUDGET, policy.getTarget().getRamBudgetBytes());
        assertEquals(4, policy.getProvenance().getEpisodes());
        assertEquals(report.profile().totalInstructions(), policy.getProfile().getTotal().getInstructions());
        assertEquals(report.profile().layers().size(), policy.getProfile().getLayerProfiles().size());
        report.found().policy().asMap().forEach((layer, bits) -> assertTrue(policy.getLayers().stream().anyMatch(
                l -> l.getLayerName().equals(layer) && l.getWeightBits() == bits.weightBits()
                        && l.getActivationBits() == bits.activationBits() && !l.getWeightSteps().isEmpty())));
    }

    @Test
    void theFineTunedModelIsAModelFileTheImporterReads() throws Exception {
        var network = ModelImporter.load(report.modelFile());
        assertEquals(10, FloatInference.run(network, new float[28 * 28]).length);
        assertTrue(Files.isRegularFile(report.project().resolve("Makefile")));
    }

    @Test
    void aStoppedSearchResumesToTheSameEpisodes() throws Exception {
        Path out = work.resolve("resumed");
        AtomicInteger seen = new AtomicInteger();
        QuantizeJob stopping = new QuantizeJob(Progress.SILENT, (s, r, n, t) -> seen.incrementAndGet(),
                () -> seen.get() >= 3);
        assertThrows(JobCancelledException.class, () -> stopping.run(request(out, false)));
        List<EpisodeResult> resumed = new ArrayList<>();
        QuantizeReport second = new QuantizeJob(Progress.SILENT, (s, r, n, t) -> resumed.add(r), () -> false)
                .run(request(out, true));
        assertEquals(5, resumed.size());
        assertEquals(policies(report.rlquant().episodes()), policies(second.rlquant().episodes()));
        assertEquals(policies(report.random().orElseThrow().episodes()),
                policies(second.random().orElseThrow().episodes()));
        assertEquals(report.found().policy(), second.found().policy());
    }

    @Test
    void withoutBaselinesNoRandomSearchRunsAndOnlyTheFoundPolicyIsReported() throws Exception {
        List<String> searchers = new ArrayList<>();
        RecordingProgress progress = new RecordingProgress();
        QuantizeReport alone = new QuantizeJob(progress, (s, r, n, t) -> searchers.add(s), () -> false)
                .run(request(work.resolve("alone"), false, Set.of()));
        assertEquals(List.of("rlquant"), searchers.stream().distinct().toList());
        assertTrue(alone.random().isEmpty());
        assertEquals(List.of("RLQuant"), alone.compared().stream().map(ComparedPolicy::name).toList());
        assertEquals(report.found().policy(), alone.found().policy());
        assertTrue(alone.run().bitExact());
        assertTrue(ReportText.markdown(alone).contains("no random search (--baselines)"));
        List<String> tuning = progress.steps.stream().filter(s -> s.startsWith("fine-tuning RLQuant: ")).toList();
        assertEquals(10, tuning.size(), tuning::toString);
        assertTrue(tuning.get(9).matches("fine-tuning RLQuant: 100 % of \\d+ mini-batches, mean loss \\d+\\.\\d+, "
                + "\\d+:\\d\\d"), tuning::toString);
    }

    @Test
    void badInputIsRefusedBeforeTheSearch() throws Exception {
        QuantizeRequest tooSmall = new QuantizeRequest(SmallMnist.MODEL, data, Board.QEMU_M4, OptionalLong.empty(),
                OptionalLong.of(100), OptionalLong.empty(), 4, 3, BitRange.DEFAULT, Optional.empty(), 1,
                Baseline.all(), work.resolve("tiny"), false);
        InfeasibleBudgetException infeasible = assertThrows(InfeasibleBudgetException.class,
                () -> job().run(tooSmall));
        assertEquals(CostKind.RAM, infeasible.shortfalls().get(0).kind());
        assertTrue(infeasible.getMessage().contains("smallest achievable"), infeasible.getMessage());

        Path cifarLike = Files.createDirectories(work.resolve("cifar"));
        Files.write(cifarLike.resolve("data_batch_1.bin"), new byte[2 * (1 + 32 * 32 * 3)]);
        SearchException shape = assertThrows(SearchException.class, () -> job().run(new QuantizeRequest(
                SmallMnist.MODEL, cifarLike, Board.QEMU_M4, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty(), 4, 3, BitRange.DEFAULT, Optional.empty(), 1, Baseline.all(),
                work.resolve("shape"), false)));
        assertTrue(shape.getMessage().contains("32x32x3 samples") && shape.getMessage().contains("28x28x1"),
                shape.getMessage());

        SearchException notEmpty = assertThrows(SearchException.class, () -> job().run(request(work.resolve("out"),
                false)));
        assertTrue(notEmpty.getMessage().contains("--resume"), notEmpty.getMessage());
        SearchException nothing = assertThrows(SearchException.class, () -> job().run(request(work.resolve("none"),
                true)));
        assertTrue(nothing.getMessage().contains("Nothing to resume"), nothing.getMessage());
    }

    @Test
    void aModelTheSearchCannotQuantizeIsRefusedBeforeTheSearch() throws Exception {
        Random random = new Random(7);
        float[] weights = new float[18];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) random.nextGaussian();
        }
        InputLayer input = new InputLayer("in", new Shape(28, 28, 1));
        Path featureMap = model("feature-map", input, new Conv2D("conv", "in", 3, 3, 1, 1, Padding.SAME, 2, weights,
                new float[2], Activation.RELU));
        Path noWeights = model("no-weights", input, new Flatten("flat", "in"), new Softmax("softmax", "flat"));

        assertRefusedBeforeTheSearch(featureMap, "outputs a 28x28x2 tensor");
        assertRefusedBeforeTheSearch(noWeights, "no conv, depthwise conv or dense layer");
    }

    private static void assertRefusedBeforeTheSearch(Path model, String reason) {
        RecordingProgress recording = new RecordingProgress();
        QuantizeRequest request = new QuantizeRequest(model, data, Board.QEMU_M4, OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty(), 4, 3, BitRange.DEFAULT, Optional.empty(), 1,
                Baseline.all(), work.resolve("refused-" + model.getFileName()), false);
        SearchException refused = assertThrows(SearchException.class,
                () -> new QuantizeJob(recording, SearchListener.NONE, () -> false).run(request));
        assertTrue(refused.getMessage().contains(model.toString()) && refused.getMessage().contains(reason),
                refused.getMessage());
        assertTrue(recording.steps.stream().noneMatch(s -> s.contains("searching") || s.contains("cost model")),
                recording.steps::toString);
    }

    private static final class RecordingProgress implements Progress {
        final List<String> steps = new ArrayList<>();

        @Override
        public void step(String message) {
            steps.add(message);
        }

        @Override
        public void warning(String message) {
            steps.add(message);
        }
    }

    private static Path model(String name, Layer... layers) throws Exception {
        Path file = work.resolve(name + NetworkFiles.EXTENSION);
        NetworkFiles.write(new Network(name, List.of(layers)), file);
        return file;
    }

    private static QuantizeJob job() {
        return new QuantizeJob(Progress.SILENT, SearchListener.NONE, () -> false);
    }

    private static QuantizeRequest request(Path out, boolean resume) {
        return request(out, resume, Baseline.all());
    }

    private static QuantizeRequest request(Path out, boolean resume, Set<Baseline> baselines) {
        return new QuantizeRequest(SmallMnist.MODEL, data, Board.QEMU_M4, OptionalLong.empty(),
                OptionalLong.of(RAM_BUDGET), OptionalLong.empty(), 4, 3, BitRange.DEFAULT, Optional.empty(), 1,
                baselines, out, resume);
    }

    private static List<String> policies(List<EpisodeResult> results) {
        return results.stream().map(r -> r.policy().summary() + " " + r.accuracy()).toList();
    }
}
