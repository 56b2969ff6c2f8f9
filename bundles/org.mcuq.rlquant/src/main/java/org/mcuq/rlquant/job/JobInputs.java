package org.mcuq.rlquant.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mcuq.data.DataFolder;
import org.mcuq.data.Dataset;
import org.mcuq.data.ImageShape;
import org.mcuq.importer.ModelImportException;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.pipeline.Progress;
import org.mcuq.pipeline.internal.InputConvention;
import org.mcuq.rlquant.search.SearchException;

/**
 * The model and data of a job, checked against each other before any long work.
 *
 * @param network    the imported float model
 * @param data       the data, scaled by the model's input convention
 * @param convention how pixels become the model's input values
 */
record JobInputs(Network network, DataFolder data, InputConvention convention) {

    private static final int CALIBRATION_SAMPLES = 32;

    static JobInputs load(QuantizeRequest request, Progress progress) throws ModelImportException, IOException {
        progress.step("importing " + request.model());
        Network network = ModelImporter.load(request.model());
        Shape shape = network.inputLayer().shape();
        InputConvention convention = InputConvention.of(request.model(), shape);
        progress.step("reading the data in " + request.data() + " (input scaling " + convention.description() + ")");
        DataFolder data = DataFolder.open(request.data(), new ImageShape(shape.height(), shape.width(),
                shape.channels()), convention.scaling());
        requireFits(data.training(), network, request);
        data.test().ifPresent(test -> requireFits(test, network, request));
        progress.step(data.description());
        return new JobInputs(network, data, convention);
    }

    /** The first training samples, to calibrate activation ranges. */
    List<float[]> calibrationSamples() {
        List<float[]> samples = new ArrayList<>();
        for (int i = 0; i < Math.min(CALIBRATION_SAMPLES, data.training().count()); i++) {
            samples.add(data.training().sample(i));
        }
        return samples;
    }

    /** The test set if the data has one, else the given validation split. */
    Dataset evaluation(Dataset validation) {
        return data.test().orElse(validation);
    }

    private static void requireFits(Dataset dataset, Network network, QuantizeRequest request) {
        Shape shape = network.inputLayer().shape();
        ImageShape samples = dataset.inputShape();
        if (samples.height() != shape.height() || samples.width() != shape.width()
                || samples.channels() != shape.channels()) {
            throw new SearchException("The data in " + request.data() + " holds " + samples + " samples but model "
                    + request.model() + " takes " + shape + " inputs; give the data the model was trained on.");
        }
        int classes = network.shapeOf(network.outputLayer().name()).elements();
        if (dataset.classCount() > classes) {
            throw new SearchException("The data in " + request.data() + " has " + dataset.classCount()
                    + " classes but model " + request.model() + " outputs " + classes + ".");
        }
    }
}
