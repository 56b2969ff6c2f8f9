package org.mcuq.importer.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.deeplearning4j.nn.modelimport.keras.KerasModel;
import org.deeplearning4j.nn.modelimport.keras.KerasSequentialModel;
import org.deeplearning4j.nn.modelimport.keras.exceptions.InvalidKerasConfigurationException;
import org.deeplearning4j.nn.modelimport.keras.exceptions.UnsupportedKerasConfigurationException;
import org.deeplearning4j.nn.modelimport.keras.utils.KerasModelBuilder;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Shape;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Reads a Keras HDF5 model (configuration and weights) through DL4J's Keras import: a Sequential model as a
 * MultiLayerNetwork, a Functional one as a ComputationGraph, together with the input shape Keras records.
 */
public final class KerasReader {

    private static final String MODEL_CONFIG = "model_config";

    private KerasReader() {
    }

    public static SourceModel read(Path file) throws IOException, ModelImportException {
        boolean sequential = "Sequential".equals(modelClass(file));
        try (KerasModelBuilder builder = new KerasModel().modelBuilder().modelHdf5Filename(file.toString())
                .enforceTrainingConfig(false)) {
            if (sequential) {
                KerasSequentialModel model = builder.buildSequential();
                return SourceModel.of(model.getMultiLayerNetwork(), inputShape(file, model));
            }
            KerasModel model = builder.buildModel();
            return SourceModel.of(model.getComputationGraph(), inputShape(file, model));
        } catch (UnsupportedKerasConfigurationException e) {
            throw new ModelImportException(file + ": the Keras model uses a feature that cannot be imported: "
                    + firstLine(e) + ". " + SupportedLayers.sentence(), e);
        } catch (InvalidKerasConfigurationException e) {
            throw new ModelImportException(file + ": invalid Keras model configuration (" + firstLine(e) + ")", e);
        }
    }

    /** The {@code class_name} of the model configuration: Sequential, Functional or Model. */
    private static String modelClass(Path file) throws IOException, ModelImportException {
        try (Hdf5Archive archive = new Hdf5Archive(file.toString())) {
            if (!archive.hasAttribute(MODEL_CONFIG)) {
                throw new ModelImportException(file + " is an HDF5 file without a Keras model configuration"
                        + " (no '" + MODEL_CONFIG + "' attribute): save the whole model with model.save('model.h5'),"
                        + " not only its weights");
            }
            String json = archive.readAttributeAsJson(MODEL_CONFIG);
            return new ObjectMapper().readTree(json).path("class_name").asText();
        } catch (UnsupportedKerasConfigurationException e) {
            throw new ModelImportException(file + ": the Keras model configuration (attribute '" + MODEL_CONFIG
                    + "') cannot be read; the file is probably truncated or corrupt", e);
        }
    }

    private static Shape inputShape(Path file, KerasModel model) throws ModelImportException {
        List<String> inputs = model.getInputLayerNames();
        if (inputs.size() != 1) {
            throw new ModelImportException(file + ": the Keras model has " + inputs.size() + " inputs " + inputs
                    + "; only models with exactly one input can be imported");
        }
        InputType type = model.getOutputTypes().get(inputs.get(0));
        return type == null ? null : InputShapes.of(type);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
