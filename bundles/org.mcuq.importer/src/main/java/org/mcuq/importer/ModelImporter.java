package org.mcuq.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.mcuq.importer.internal.Dl4jZipReader;
import org.mcuq.importer.internal.GraphConverter;
import org.mcuq.importer.internal.KerasReader;
import org.mcuq.importer.internal.ModelFormat;
import org.mcuq.importer.internal.Nd4jRuntime;
import org.mcuq.importer.internal.NetworkFileLoader;
import org.mcuq.importer.internal.SourceModel;
import org.mcuq.ir.Network;
import org.mcuq.ir.NetworkValidationException;
import org.mcuq.ir.Shape;
import org.mcuq.ir.transform.ActivationFusion;
import org.mcuq.ir.transform.BatchNormFolding;

/**
 * Imports a trained CNN into the MCUQ IR: Keras HDF5 files ({@code .h5}, tf.keras 2.x, Sequential or Functional)
 * and Deeplearning4j model zips (MultiLayerNetwork or ComputationGraph). The format is recognised from the file's
 * content, not its name. Batch normalisations that follow a conv or dense layer are folded into it, and ReLU/ReLU6
 * layers are fused into their producers. Needs ND4J at run time (the org.mcuq.dl4j bundle).
 * <p>
 * MCUQ network files ({@code .mcuqnet}, written by {@link org.mcuq.ir.io.NetworkFiles}, e.g. after fine-tuning),
 * recognised by their name or their {@code network.json} entry, are returned exactly as stored, without ND4J.
 * <p>
 * The IR's input is NHWC whatever the DL4J data format. Keras files record their input shape; DL4J zips do not, so
 * it is taken from an {@code mcuq-model.json} entry ({@code {"inputShape": [h, w, c]}}, written by MCUQ's
 * trainer), from a leading feed-forward-to-CNN preprocessor or dense layer, or inferred from the tensor size DL4J
 * records at the first flatten when exactly one input size fits; otherwise it must be passed in.
 */
public final class ModelImporter {

    private ModelImporter() {
    }

    /** Imports {@code file}; the input shape is read from the model or, for DL4J zips, inferred. */
    public static Network load(Path file) throws ModelImportException {
        return load(file, null);
    }

    /**
     * Imports {@code file} with the given input shape (height, width, channels), which overrides what the model
     * records. DL4J zips of fully convolutional networks record no input size and need it.
     */
    public static Network load(Path file, Shape inputShape) throws ModelImportException {
        ModelFormat format = ModelFormat.detect(file);
        if (format == ModelFormat.MCUQ_NETWORK) {
            return NetworkFileLoader.load(file, inputShape);
        }
        Nd4jRuntime.prepare();
        try {
            SourceModel source = format == ModelFormat.KERAS_HDF5 ? KerasReader.read(file) : Dl4jZipReader.read(file);
            Network network = GraphConverter.convert(source, networkName(file), inputShape);
            return ActivationFusion.fuse(BatchNormFolding.fold(network));
        } catch (ModelImportException e) {
            throw e;
        } catch (NetworkValidationException e) {
            throw new ModelImportException(file + ": the model does not form a valid network: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelImportException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ModelImportException(file + " looks like a " + format.description()
                    + " but cannot be read; it is probably truncated or corrupt (" + firstLine(e) + ")", e);
        }
    }

    private static String networkName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
