package org.mcuq.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Shape;

/**
 * A Keras Sequential model (conv, max-pool, flatten of a 3x3x4 map, two dense layers) written in the tf.keras
 * HDF5 layout with random weights: the import must match DL4J's own Keras Sequential import.
 */
class KerasSequentialImportTest {

    private static final Shape INPUT = new Shape(8, 8, 2);

    private static final String CONFIG = """
            {"class_name": "Sequential", "config": {"name": "sequential", "layers": [
              {"class_name": "InputLayer", "config": {"batch_input_shape": [null, 8, 8, 2], "dtype": "float32",
                "sparse": false, "ragged": false, "name": "image"}},
              {"class_name": "Conv2D", "config": {"name": "conv", "trainable": true, "dtype": "float32",
                "filters": 4, "kernel_size": [3, 3], "strides": [1, 1], "padding": "valid",
                "data_format": "channels_last", "dilation_rate": [1, 1], "groups": 1, "activation": "relu",
                "use_bias": true, "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": null}},
                "bias_initializer": {"class_name": "Zeros", "config": {}}, "kernel_regularizer": null,
                "bias_regularizer": null, "activity_regularizer": null, "kernel_constraint": null,
                "bias_constraint": null}},
              {"class_name": "MaxPooling2D", "config": {"name": "pool", "trainable": true, "dtype": "float32",
                "pool_size": [2, 2], "padding": "valid", "strides": [2, 2], "data_format": "channels_last"}},
              {"class_name": "Flatten", "config": {"name": "flatten", "trainable": true, "dtype": "float32",
                "data_format": "channels_last"}},
              %s,
              %s
            ]}, "keras_version": "2.4.0", "backend": "tensorflow"}
            """;

    @TempDir
    Path temp;

    @Test
    void matchesDl4jsSequentialImport() throws Exception {
        Path file = writeModel(temp.resolve("sequential.h5"), new SplittableRandom(21));
        Network network = ModelImporter.load(file);
        MultiLayerNetwork reference = KerasModelImport.importKerasSequentialModelAndWeights(file.toString(), false);

        SplittableRandom random = new SplittableRandom(22);
        for (int sample = 0; sample < 3; sample++) {
            float[] image = Tensors.uniform(random, INPUT.elements(), -1, 1);
            float[] expected = Tensors.fromNhwc(reference.output(Tensors.nhwc(image, INPUT), false));
            OutputComparison.assertClose(expected, FloatInference.run(network, image), "sample " + sample);
        }
    }

    @Test
    void keepsTheKerasLayerNamesAndShapes() throws Exception {
        Network network = ModelImporter.load(writeModel(temp.resolve("sequential.h5"), new SplittableRandom(21)));

        assertEquals(INPUT, network.inputLayer().shape());
        assertEquals(List.of(OpType.INPUT, OpType.CONV2D, OpType.MAX_POOL, OpType.FLATTEN, OpType.DENSE,
                OpType.DENSE, OpType.SOFTMAX), network.layers().stream().map(Layer::op).toList());
        assertEquals(new Shape(1, 1, 36), network.shapeOf("hidden_flatten"));
        assertEquals(new Shape(1, 1, 3), network.shapeOf(network.outputLayer().name()));
    }

    private static Path writeModel(Path file, SplittableRandom random) {
        String config = CONFIG.formatted(dense("hidden", 5, "relu"), dense("scores", 3, "softmax"));
        try (KerasH5Writer writer = new KerasH5Writer(file)) {
            writer.rootAttribute("keras_version", "2.4.0").rootAttribute("backend", "tensorflow")
                    .rootAttribute("model_config", config)
                    .groupAttribute("model_weights", "keras_version", "2.4.0")
                    .groupAttribute("model_weights", "backend", "tensorflow");
            writer.weight("conv", "kernel", new long[] {3, 3, 2, 4}, Tensors.uniform(random, 72, -0.5, 0.5))
                    .weight("conv", "bias", new long[] {4}, Tensors.uniform(random, 4, -0.1, 0.1))
                    .weight("hidden", "kernel", new long[] {36, 5}, Tensors.uniform(random, 180, -0.5, 0.5))
                    .weight("hidden", "bias", new long[] {5}, Tensors.uniform(random, 5, -0.1, 0.1))
                    .weight("scores", "kernel", new long[] {5, 3}, Tensors.uniform(random, 15, -0.5, 0.5))
                    .weight("scores", "bias", new long[] {3}, Tensors.uniform(random, 3, -0.1, 0.1));
        }
        return file;
    }

    private static String dense(String name, int units, String activation) {
        return """
                {"class_name": "Dense", "config": {"name": "%s", "trainable": true, "dtype": "float32",
                  "units": %d, "activation": "%s", "use_bias": true,
                  "kernel_initializer": {"class_name": "GlorotUniform", "config": {"seed": null}},
                  "bias_initializer": {"class_name": "Zeros", "config": {}}, "kernel_regularizer": null,
                  "bias_regularizer": null, "activity_regularizer": null, "kernel_constraint": null,
                  "bias_constraint": null}}""".formatted(name, units, activation);
    }
}
