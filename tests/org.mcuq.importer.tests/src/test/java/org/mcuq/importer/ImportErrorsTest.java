package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.Upsampling2D;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;

/** User-caused failures: one clear {@link ModelImportException} each. */
class ImportErrorsTest {

    @TempDir
    Path temp;

    @Test
    void rejectsAFileThatIsNoModel() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.h5"), "conv 3x3, then relu");

        ModelImportException e = assertThrows(ModelImportException.class, () -> ModelImporter.load(file));

        assertEquals(file + " is not a Keras HDF5 model (.h5), a DL4J model zip or an MCUQ network file (.mcuqnet):"
                + " it starts with bytes 63 6f 6e 76 20 33 78 33", e.getMessage());
    }

    @Test
    void rejectsAnEmptyFileAMissingFileAndAFolder() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.zip"));
        Path missing = temp.resolve("missing.h5");

        assertTrue(message(empty).endsWith(": the file is empty"), message(empty));
        assertEquals("Model file not found: " + missing, message(missing));
        assertEquals(temp + " is a folder; select a .h5, DL4J .zip or .mcuqnet model file", message(temp));
    }

    @Test
    void rejectsAZipThatIsNotADl4jModel() throws IOException {
        Path zip = temp.resolve("photos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("not a network".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(zip + " is a zip archive but neither a DL4J model (it has no configuration.json) nor an MCUQ"
                + " network file (it has no network.json)", message(zip));
    }

    @Test
    void rejectsAnHdf5FileWithoutKerasConfiguration() throws IOException {
        Path file = temp.resolve("weights-only.h5");
        new KerasH5Writer(file).weight("dense", "kernel", new long[] {2, 2}, new float[4]).close();

        assertEquals(file + " is an HDF5 file without a Keras model configuration (no 'model_config' attribute):"
                + " save the whole model with model.save('model.h5'), not only its weights", message(file));
    }

    @Test
    void namesAnUnsupportedLayerItsClassAndTheSupportedOnes() throws IOException {
        MultiLayerNetwork network = network(new Upsampling2D.Builder(2).name("upscale").build());
        Path zip = SyntheticNetworks.save(network, temp.resolve("upsampling.zip"));

        String message = message(zip);

        assertTrue(message.startsWith("Layer 'upscale' (Upsampling2D) is not supported: no MCUQ equivalent."
                + " Supported layers: ConvolutionLayer (Keras Conv2D), "), message);
        assertTrue(message.lines().count() == 1, "one line");
    }

    @Test
    void namesAnUnsupportedActivation() throws IOException {
        MultiLayerNetwork network = network(new ConvolutionLayer.Builder(3, 3).name("conv_tanh").nOut(2)
                .activation(Activation.TANH).build());
        Path zip = SyntheticNetworks.save(network, temp.resolve("tanh.zip"));

        assertEquals("Layer 'conv_tanh' (ConvolutionLayer) uses activation 'tanh' (supported: identity, relu,"
                + " relu6, softmax), which the importer does not support.", message(zip));
    }

    private static MultiLayerNetwork network(Layer middle) {
        var conf = new NeuralNetConfiguration.Builder().seed(1).list()
                .layer(new ConvolutionLayer.Builder(3, 3).name("conv").nOut(2).activation(Activation.RELU).build())
                .layer(middle)
                .layer(new OutputLayer.Builder().name("out").nOut(2).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(8, 8, 1))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    private static String message(Path file) {
        return assertThrows(ModelImportException.class, () -> ModelImporter.load(file)).getMessage();
    }
}
