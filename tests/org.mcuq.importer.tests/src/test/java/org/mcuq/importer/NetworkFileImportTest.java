package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.data.Dataset;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.ir.io.NetworkFiles;

/** The LeNet-5 example saved as an MCUQ network file and imported again is the same network, bit for bit. */
class NetworkFileImportTest {

    @TempDir
    static Path temp;

    private static Network lenet;
    private static Path saved;
    private static Dataset digits;

    @BeforeAll
    static void saveTheImportedExample() throws Exception {
        lenet = ModelImporter.load(TestModels.lenetZip());
        saved = temp.resolve("lenet5-tuned.mcuqnet");
        NetworkFiles.write(lenet, Map.of(NetworkFiles.INPUT_SCALING, "pixel / 255"), saved);
        digits = MnistReader.readFolder(TestModels.exampleFolder(), "mnist-test-1k", PixelScaling.UNIT);
    }

    @Test
    void loadsTheNetworkExactlyAsStored() throws Exception {
        Network loaded = ModelImporter.load(saved);
        Path again = temp.resolve("again.mcuqnet");
        NetworkFiles.write(loaded, Map.of(NetworkFiles.INPUT_SCALING, "pixel / 255"), again);

        assertEquals(lenet.name(), loaded.name(), "the stored name, not the file name");
        assertEquals(lenet.toString(), loaded.toString());
        assertArrayEquals(Files.readAllBytes(saved), Files.readAllBytes(again),
                "the file records every field and weight bit, so equal files mean equal networks");
        assertEquals(Map.of("inputScaling", "pixel / 255"), NetworkFiles.readMetadata(saved));
    }

    @Test
    void floatInferenceIsBitIdenticalOnMnistDigits() throws Exception {
        Network loaded = ModelImporter.load(saved);
        for (int i = 0; i < 8; i++) {
            float[] image = digits.sample(i);

            assertEquals(bits(FloatInference.run(lenet, image)), bits(FloatInference.run(loaded, image)),
                    "digit " + i);
        }
    }

    @Test
    void roundTripsResnet8WithItsResidualAdds() throws Exception {
        Network resnet = ModelImporter.load(TestModels.resnet8());
        Path file = temp.resolve("resnet8.mcuqnet");
        NetworkFiles.write(resnet, file);
        Network loaded = ModelImporter.load(file);
        Random random = new Random(1);
        for (int i = 0; i < 3; i++) {
            float[] image = new float[resnet.inputLayer().shape().elements()];
            for (int j = 0; j < image.length; j++) {
                image[j] = random.nextInt(256);
            }

            assertEquals(bits(FloatInference.run(resnet, image)), bits(FloatInference.run(loaded, image)),
                    "image " + i);
        }
    }

    @Test
    void recognisesANetworkFileByItsContentUnderAnotherName() throws Exception {
        Path renamed = Files.copy(saved, temp.resolve("lenet5-tuned.zip"));

        assertEquals(lenet.toString(), ModelImporter.load(renamed).toString());
    }

    @Test
    void acceptsTheRecordedInputShapeAndRefusesAnother() throws Exception {
        assertEquals(lenet.toString(), ModelImporter.load(saved, new Shape(28, 28, 1)).toString());

        ModelImportException e = assertThrows(ModelImportException.class,
                () -> ModelImporter.load(saved, new Shape(32, 32, 1)));

        assertEquals(saved + " records the input shape 28x28x1, which cannot be changed to 32x32x1 (an MCUQ network"
                + " file holds a complete network); drop the input shape or use 28x28x1", e.getMessage());
    }

    @Test
    void reportsADamagedNetworkFile() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        Path cut = Files.write(temp.resolve("cut.mcuqnet"), Arrays.copyOf(bytes, bytes.length / 2));

        ModelImportException e = assertThrows(ModelImportException.class, () -> ModelImporter.load(cut));

        assertTrue(e.getMessage().startsWith(cut + ": the zip archive is damaged or truncated"), e.getMessage());
    }

    private static String bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return Arrays.toString(bits);
    }
}
