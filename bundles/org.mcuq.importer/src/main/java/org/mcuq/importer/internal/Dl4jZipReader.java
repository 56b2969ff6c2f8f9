package org.mcuq.importer.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Shape;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Reads a DL4J model zip written by {@code ModelSerializer}: {@code configuration.json} tells a ComputationGraph
 * ("vertices") from a MultiLayerNetwork ("confs"); {@code coefficients.bin} holds the parameters.
 */
public final class Dl4jZipReader {

    static final String CONFIGURATION = "configuration.json";
    static final String COEFFICIENTS = "coefficients.bin";

    private Dl4jZipReader() {
    }

    public static SourceModel read(Path file) throws IOException, ModelImportException {
        ZipContent.verify(file);
        JsonNode configuration = configuration(file);
        if (!ZipContent.has(file, COEFFICIENTS)) {
            throw new ModelImportException(file + " has no " + COEFFICIENTS + ": the zip holds a DL4J configuration"
                    + " without weights; save the trained network with ModelSerializer.writeModel");
        }
        if (configuration.has("vertices")) {
            ComputationGraph graph = ModelSerializer.restoreComputationGraph(file.toFile(), false);
            return SourceModel.of(graph, ZipMetadata.inputShape(file));
        }
        if (configuration.has("confs")) {
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
            Shape recorded = ZipMetadata.inputShape(file);
            return SourceModel.of(network, recorded != null ? recorded : recordedInputShape(network));
        }
        throw new ModelImportException(file + ": " + CONFIGURATION + " describes neither a MultiLayerNetwork nor a"
                + " ComputationGraph; only DL4J networks saved with ModelSerializer can be imported");
    }

    private static JsonNode configuration(Path file) throws IOException, ModelImportException {
        String json = ZipContent.text(file, CONFIGURATION);
        if (json == null) {
            throw new ModelImportException(file + " is a zip archive but neither a DL4J model (it has no "
                    + CONFIGURATION + ") nor an MCUQ network file (it has no network.json)");
        }
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new ModelImportException(file + ": " + CONFIGURATION + " is not valid JSON (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")", e);
        }
    }

    /**
     * The input shape a MultiLayerNetwork records: the first layer's feed-forward-to-CNN preprocessor, or the input
     * size of a leading dense layer. Null when only the channel count is known (CNN input types are not saved).
     */
    static Shape recordedInputShape(MultiLayerNetwork network) {
        InputPreProcessor first = network.getLayerWiseConfigurations().getInputPreProcess(0);
        if (first instanceof FeedForwardToCnnPreProcessor toCnn) {
            return new Shape(Math.toIntExact(toCnn.getInputHeight()), Math.toIntExact(toCnn.getInputWidth()),
                    Math.toIntExact(toCnn.getNumChannels()));
        }
        Layer layer = network.getLayerWiseConfigurations().getConf(0).getLayer();
        if (first == null && (layer instanceof DenseLayer || layer.getClass() == OutputLayer.class)) {
            return Shape.vector(Math.toIntExact(((FeedForwardLayer) layer).getNIn()));
        }
        return null;
    }
}
