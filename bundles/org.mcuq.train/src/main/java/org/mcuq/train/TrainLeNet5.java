package org.mcuq.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.mcuq.data.Dataset;
import org.mcuq.data.Datasets;
import org.mcuq.data.IdxFile;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;

/**
 * Trains the LeNet-5 example on the 60,000 MNIST training images and writes {@code lenet5-mnist.zip} (a DL4J model
 * without updater state) plus the first 1,000 test images and labels as gzip IDX files. Inputs are pixel / 255.
 */
public final class TrainLeNet5 {

    static final String MODEL_FILE = "lenet5-mnist.zip";
    static final String SUBSET_PREFIX = "mnist-test-1k";
    static final int SUBSET_SIZE = 1000;
    private static final int BATCH_SIZE = 64;

    private TrainLeNet5() {
    }

    public static void main(String[] args) throws IOException {
        TrainOptions options;
        try {
            options = TrainOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        run(options);
    }

    static void run(TrainOptions options) throws IOException {
        Dataset train = MnistReader.readFolder(options.mnist(), "train", PixelScaling.UNIT);
        Dataset test = MnistReader.readFolder(options.mnist(), "t10k", PixelScaling.UNIT);
        MultiLayerNetwork network = new MultiLayerNetwork(LeNet5.configuration(options.seed()));
        network.init();
        long start = System.nanoTime();
        Trainer trainer = new Trainer(network, options.seed(), BATCH_SIZE);
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            double loss = trainer.epoch(train);
            System.out.printf("epoch %d: last batch loss %.4f, %.1f s elapsed%n", epoch, loss, seconds(start));
        }
        double trainingSeconds = seconds(start);
        Files.createDirectories(options.out());
        Path model = options.out().resolve(MODEL_FILE);
        ModelSerializer.writeModel(network, model.toFile(), false);
        ModelZipMetadata.add(model, LeNet5.HEIGHT, LeNet5.WIDTH, 1, "pixel / 255");
        writeTestSubset(options.mnist(), options.out());
        report(network, test, trainingSeconds, model);
    }

    private static void writeTestSubset(Path mnist, Path out) throws IOException {
        IdxFile.write(out.resolve(SUBSET_PREFIX + "-images-idx3-ubyte.gz"),
                IdxFile.read(mnist.resolve("t10k-images-idx3-ubyte.gz")).firstRecords(SUBSET_SIZE));
        IdxFile.write(out.resolve(SUBSET_PREFIX + "-labels-idx1-ubyte.gz"),
                IdxFile.read(mnist.resolve("t10k-labels-idx1-ubyte.gz")).firstRecords(SUBSET_SIZE));
    }

    private static void report(MultiLayerNetwork network, Dataset test, double trainingSeconds, Path model)
            throws IOException {
        System.out.printf("training time: %.1f s%n", trainingSeconds);
        System.out.printf("float accuracy, full 10k test set: %.2f %%%n", 100 * Accuracy.of(network, test));
        System.out.printf("float accuracy, first %d test images: %.2f %%%n", SUBSET_SIZE,
                100 * Accuracy.of(network, Datasets.first(test, SUBSET_SIZE)));
        System.out.printf("model: %s, %d bytes, %d parameters%n", model, Files.size(model), network.numParams());
        System.out.println("parameter SHA-256: " + parameterDigest(network));
    }

    /** Digest of the float32 parameters, to check that a retraining reproduces the weights bit for bit. */
    static String parameterDigest(MultiLayerNetwork network) {
        float[] params = network.params().toFloatVector();
        ByteBuffer bytes = ByteBuffer.allocate(4 * params.length);
        bytes.asFloatBuffer().put(params);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
