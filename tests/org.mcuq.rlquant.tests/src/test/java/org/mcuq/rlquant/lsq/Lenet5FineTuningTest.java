package org.mcuq.rlquant.lsq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcuq.data.Dataset;
import org.mcuq.data.DatasetSplit;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.reference.ReferenceExecutor;

/**
 * The example LeNet-5, fine-tuned briefly (one epoch over 4,096 random MNIST training images) at W4A4, W2A2 and a
 * mixed policy: LiteEngine's integer reference executor, given the exported network and learned steps, classifies
 * the 10,000 MNIST test images as the fake-quantized model does (at least 99.5 % agreement). At W4A4 fine-tuning
 * must also raise the accuracy. Accuracies, agreement and training speed are printed.
 */
class Lenet5FineTuningTest {

    private static final int TRAIN_SAMPLES = 4096;

    private static Lenet5Mnist data;
    private static Dataset subset;

    @BeforeAll
    static void load() throws Exception {
        data = Lenet5Mnist.get();
        subset = DatasetSplit.of(data.train, (double) TRAIN_SAMPLES / data.train.count(), 42).validation();
    }

    @Test
    void w4a4FineTuningImprovesAccuracyAndTheIntegerEngineReproducesIt() {
        LsqTrainer trainer = LsqTrainer.create(data.network, QuantizationSpec.uniform(4, 4), data.train,
                LsqOptions.defaults());
        double before = trainer.evaluate(data.test).accuracy();
        Outcome outcome = fineTune("W4A4", trainer);
        System.out.printf("W4A4 before fine-tuning: %.2f %%%n", 100 * before);
        assertTrue(outcome.agreement >= 0.995, "agreement " + outcome.agreement);
        assertTrue(outcome.fakeQuantized > before + 0.01, "fine-tuning " + before + " -> " + outcome.fakeQuantized);
        assertTrue(outcome.engine > 0.96, "engine accuracy " + outcome.engine);
    }

    @Test
    void w2a2AndAMixedPolicyAreReproducedByTheIntegerEngineToo() {
        QuantizationSpec mixed = QuantizationSpec.perLayer(Map.of("conv1", new LayerBits(8, 8),
                "conv2", new LayerBits(4, 4), "fc1", new LayerBits(2, 4), "fc2", new LayerBits(4, 4),
                "output", new LayerBits(8, 8)));
        for (var policy : Map.of("W2A2", QuantizationSpec.uniform(2, 2), "mixed", mixed).entrySet()) {
            Outcome outcome = fineTune(policy.getKey(), LsqTrainer.create(data.network, policy.getValue(),
                    data.train, LsqOptions.defaults()));
            assertTrue(outcome.agreement >= 0.995, policy.getKey() + " agreement " + outcome.agreement);
        }
    }

    private record Outcome(double fakeQuantized, double engine, double agreement) {
    }

    private static Outcome fineTune(String policy, LsqTrainer trainer) {
        TrainingReport report = trainer.train(subset, TrainingListener.NONE, () -> false);
        assertEquals(TRAIN_SAMPLES, report.samples());
        Evaluation fake = trainer.evaluate(data.test);
        QuantizedNetwork quantized = trainer.export().quantize();
        int agree = 0;
        int correct = 0;
        for (int i = 0; i < data.test.count(); i++) {
            int engine = ReferenceExecutor.classify(quantized, data.test.sample(i));
            agree += engine == fake.predictions()[i] ? 1 : 0;
            correct += engine == data.test.label(i) ? 1 : 0;
        }
        Outcome outcome = new Outcome(fake.accuracy(), (double) correct / data.test.count(),
                (double) agree / data.test.count());
        System.out.printf("LeNet-5 %s after %d steps (%.0f samples/s): fake-quantized %.2f %%, integer engine %.2f %%,"
                + " agreement %.2f %% (%d images differ)%n", policy, report.steps(), report.samplesPerSecond(),
                100 * outcome.fakeQuantized, 100 * outcome.engine, 100 * outcome.agreement, data.test.count() - agree);
        return outcome;
    }
}
