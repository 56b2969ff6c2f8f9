package org.mcuq.rlquant.lsq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mcuq.data.ImageShape;
import org.mcuq.ir.Activation;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Dense;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Shape;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.QuantizationSpec;

/** Behaviour of the trainer's API: reproducibility, cancellation, step limits, evaluation and bad input. */
class LsqTrainerTest {

    private static final ImageShape SHAPE = new ImageShape(8, 8, 2);
    private static final ArrayDataset DATA = ArrayDataset.random(11, 192, SHAPE, AllLayersNetwork.CLASSES, -1, 1);
    private static final LsqOptions OPTIONS = LsqOptions.defaults().withBatchSize(32).withInitSamples(64)
            .withLearningRates(0.05, 0.05);

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnotherOne() {
        LsqResult first = trained(OPTIONS.withSeed(7));
        LsqResult second = trained(OPTIONS.withSeed(7));
        LsqResult other = trained(OPTIONS.withSeed(8));
        for (String layer : List.of("ca", "dw", "cc", "fc")) {
            assertArrayEquals(weights(first, layer), weights(second, layer), layer);
            assertArrayEquals(first.spec().weightSteps(layer).orElseThrow(),
                    second.spec().weightSteps(layer).orElseThrow(), layer);
        }
        assertEquals(first.spec().activationStep("add"), second.spec().activationStep("add"));
        assertFalse(Arrays.equals(weights(first, "ca"), weights(other, "ca")), "seed 8 trains alike");
    }

    @Test
    void cancellationStopsBeforeTheNextMiniBatch() {
        LsqTrainer trainer = LsqTrainer.create(AllLayersNetwork.create(5), AllLayersNetwork.bits(), DATA, OPTIONS);
        List<Integer> seen = new ArrayList<>();
        TrainingReport report = trainer.train(DATA, (step, loss) -> {
            assertTrue(Double.isFinite(loss) && loss > 0, "loss " + loss);
            seen.add(step);
        }, () -> seen.size() >= 3);
        assertTrue(report.cancelled());
        assertEquals(List.of(1, 2, 3), seen);
        assertEquals(3, report.steps());
        assertEquals(96, report.samples());
    }

    @Test
    void theStepLimitEndsACallAndTheNextCallContinuesCounting() {
        LsqTrainer trainer = LsqTrainer.create(AllLayersNetwork.create(5), AllLayersNetwork.bits(), DATA,
                OPTIONS.withMaxSteps(2).withEpochs(3));
        List<Integer> seen = new ArrayList<>();
        TrainingReport first = trainer.train(DATA, (step, loss) -> seen.add(step), () -> false);
        TrainingReport second = trainer.train(DATA, (step, loss) -> seen.add(step), () -> false);
        assertFalse(first.cancelled());
        assertEquals(2, first.steps());
        assertEquals(2, second.steps());
        assertEquals(List.of(1, 2, 3, 4), seen);
        assertEquals(4, trainer.steps());
    }

    @Test
    void aFullCallRunsEveryEpochIncludingTheLastPartialBatch() {
        LsqTrainer trainer = LsqTrainer.create(AllLayersNetwork.create(5), AllLayersNetwork.bits(), DATA,
                OPTIONS.withBatchSize(50).withEpochs(2));
        TrainingReport report = trainer.train(DATA, TrainingListener.NONE, () -> false);
        assertEquals(8, report.steps());
        assertEquals(384, report.samples());
        assertTrue(report.samplesPerSecond() > 0);
    }

    @Test
    void evaluationCountsPredictionsThatMatchTheLabels() {
        LsqTrainer trainer = LsqTrainer.create(AllLayersNetwork.create(5), AllLayersNetwork.bits(), DATA, OPTIONS);
        Evaluation evaluation = trainer.evaluate(DATA);
        int correct = 0;
        for (int i = 0; i < DATA.count(); i++) {
            assertTrue(evaluation.predictions()[i] >= 0 && evaluation.predictions()[i] < AllLayersNetwork.CLASSES);
            correct += evaluation.predictions()[i] == DATA.label(i) ? 1 : 0;
        }
        assertEquals(DATA.count(), evaluation.count());
        assertEquals(correct, evaluation.correct());
        assertEquals((double) correct / DATA.count(), evaluation.accuracy(), 1e-12);
    }

    @Test
    void dataOfAnotherShapeOrClassCountIsRefusedWithTheReason() {
        LsqTrainer trainer = LsqTrainer.create(AllLayersNetwork.create(5), AllLayersNetwork.bits(), DATA, OPTIONS);
        ArrayDataset wrongShape = ArrayDataset.random(1, 8, new ImageShape(8, 8, 3), 3, 0, 1);
        ArrayDataset wrongClasses = ArrayDataset.random(1, 8, SHAPE, 10, 0, 1);
        LsqException shape = assertThrows(LsqException.class,
                () -> trainer.train(wrongShape, TrainingListener.NONE, () -> false));
        assertTrue(shape.getMessage().contains("8x8x3") && shape.getMessage().contains("8x8x2"), shape.getMessage());
        LsqException classes = assertThrows(LsqException.class, () -> trainer.evaluate(wrongClasses));
        assertTrue(classes.getMessage().contains("10 classes") && classes.getMessage().contains("3 class scores"),
                classes.getMessage());
    }

    @Test
    void anUnfoldableBatchNormIsRefusedNamingTheLayer() {
        Network network = new Network("bn", List.of(new InputLayer("in", new Shape(4, 4, 1)),
                new Pool("pool", OpType.MAX_POOL, "in", 2, 2, 2, 2, Padding.VALID),
                new BatchNorm("norm", "pool", new float[] {1}, new float[] {0}, new float[] {0}, new float[] {1}, 0f),
                new Flatten("flat", "norm"),
                new Dense("fc", "flat", 3, new float[12], null, Activation.NONE)));
        ArrayDataset data = ArrayDataset.random(1, 8, new ImageShape(4, 4, 1), 3, 0, 1);
        LsqException e = assertThrows(LsqException.class,
                () -> LsqTrainer.create(network, QuantizationSpec.uniform(8, 8), data, OPTIONS));
        assertTrue(e.getMessage().contains("'norm'"), e.getMessage());
    }

    private static LsqResult trained(LsqOptions options) {
        LsqTrainer trainer = LsqTrainer.create(AllLayersNetwork.create(5), AllLayersNetwork.bits(), DATA, options);
        trainer.train(DATA, TrainingListener.NONE, () -> false);
        return trainer.export();
    }

    private static float[] weights(LsqResult result, String layer) {
        Layer l = result.network().layer(layer);
        return ((WeightedLayer) l).weights();
    }
}
