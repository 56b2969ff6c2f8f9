package org.mcuq.rlquant.search;

import java.nio.file.Path;

import org.mcuq.data.Dataset;
import org.mcuq.data.MnistReader;
import org.mcuq.data.PixelScaling;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.cost.NetworkCostModel;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.rlquant.agent.ObservationSpace;

/** The example LeNet-5, MNIST training images from the shared folder and its cost model on the M4, loaded once. */
final class Lenet5Search {

    private static Lenet5Search instance;

    final Network network;
    final Dataset train;
    final ObservationSpace space;
    final LiteEngineCosts costs;

    private Lenet5Search() throws Exception {
        Path mnist = Path.of(System.getProperty("mcuq.shared.dir", "/work/shared")).resolve("data/mnist");
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        network = ModelImporter.load(module.resolve("../../examples/lenet5-mnist/lenet5-mnist.zip").normalize(),
                new Shape(28, 28, 1));
        train = MnistReader.readFolder(mnist, "train", PixelScaling.UNIT);
        Network prepared = Quantizer.prepare(network);
        space = ObservationSpace.of(prepared);
        costs = new LiteEngineCosts(NetworkCostModel.of(network, Core.CORTEX_M4), space);
    }

    static synchronized Lenet5Search get() throws Exception {
        if (instance == null) {
            instance = new Lenet5Search();
        }
        return instance;
    }
}
