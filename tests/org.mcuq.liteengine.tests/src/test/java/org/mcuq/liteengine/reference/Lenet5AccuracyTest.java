package org.mcuq.liteengine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mcuq.data.Dataset;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;

/**
 * The example LeNet-5 quantized to W8A8 classifies the full 10k MNIST test set within half a point of the float
 * model (W4A4 is measured and printed for information). Calibration uses 256 training images.
 */
class Lenet5AccuracyTest {

    private static Network lenet;
    private static Dataset test;
    private static List<float[]> calibration;
    private static double floatAccuracy;

    @BeforeAll
    static void load() throws Exception {
        Path root = Path.of(System.getProperty("mcuq.shared.dir", "/work/shared"));
        Path mnist = root.resolve("data/mnist");
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        lenet = ModelImporter.load(module.resolve("../../examples/lenet5-mnist/lenet5-mnist.zip").normalize(),
                new Shape(28, 28, 1));
        test = MnistReader.readFolder(mnist, "t10k", PixelScaling.UNIT);
        Dataset train = MnistReader.readFolder(mnist, "train", PixelScaling.UNIT);
        calibration = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            calibration.add(train.sample(i * 199));
        }
        int correct = 0;
        for (int i = 0; i < test.count(); i++) {
            correct += argmax(FloatInference.run(lenet, test.sample(i))) == test.label(i) ? 1 : 0;
        }
        floatAccuracy = 100.0 * correct / test.count();
    }

    private static double quantizedAccuracy(QuantizationSpec spec) {
        QuantizedNetwork q = Quantizer.quantize(lenet, spec, calibration);
        int correct = 0;
        for (int i = 0; i < test.count(); i++) {
            correct += ReferenceExecutor.classify(q, test.sample(i)) == test.label(i) ? 1 : 0;
        }
        return 100.0 * correct / test.count();
    }

    @Test
    void eightBitAccuracyIsWithinHalfAPointOfFloat() {
        assertEquals(10_000, test.count());
        double w8a8 = quantizedAccuracy(QuantizationSpec.uniform(8, 8));
        double w4a4 = quantizedAccuracy(QuantizationSpec.uniform(4, 4));
        System.out.printf("LeNet-5 MNIST test accuracy: float %.2f %%, W8A8 %.2f %%, W4A4 %.2f %%%n", floatAccuracy,
                w8a8, w4a4);
        assertTrue(floatAccuracy > 97, "float accuracy " + floatAccuracy);
        assertTrue(Math.abs(w8a8 - floatAccuracy) <= 0.5, "W8A8 " + w8a8 + " vs float " + floatAccuracy);
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
