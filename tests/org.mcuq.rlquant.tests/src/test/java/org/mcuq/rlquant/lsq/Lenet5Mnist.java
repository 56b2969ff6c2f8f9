package org.mcuq.rlquant.lsq;

import java.nio.file.Path;

import org.mcuq.data.Dataset;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;

/** The example LeNet-5 and MNIST from the shared folder (pixel / 255), loaded once per test JVM. */
final class Lenet5Mnist {

    private static Lenet5Mnist instance;

    final Network network;
    final Dataset train;
    final Dataset test;

    private Lenet5Mnist() throws Exception {
        Path mnist = Path.of(System.getProperty("mcuq.shared.dir", "/work/shared")).resolve("data/mnist");
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        network = ModelImporter.load(module.resolve("../../examples/lenet5-mnist/lenet5-mnist.zip").normalize(),
                new Shape(28, 28, 1));
        train = MnistReader.readFolder(mnist, "train", PixelScaling.UNIT);
        test = MnistReader.readFolder(mnist, "t10k", PixelScaling.UNIT);
    }

    static synchronized Lenet5Mnist get() throws Exception {
        if (instance == null) {
            instance = new Lenet5Mnist();
        }
        return instance;
    }
}
