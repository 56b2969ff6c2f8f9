package org.mcuq.liteengine.cost;

import static org.mcuq.liteengine.quant.TestNetworks.between;
import static org.mcuq.liteengine.quant.TestNetworks.weights;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TestNetworks;
import org.mcuq.liteengine.quant.internal.LayerRoles;

/** The networks and policies the cost model is checked on: ResNet-8, LeNet-5 and the brief's four layers. */
final class CostNetworks {

    private static Network resnet8;

    private CostNetworks() {
    }

    /** The MLPerf Tiny ResNet-8 imported from the shared Keras model (once per test run). */
    static synchronized Network resnet8() {
        if (resnet8 == null) {
            Path model = Path.of(System.getProperty("mcuq.shared.dir", "/work/shared"),
                    "models/mlperf_tiny_ic_resnet8_cifar10/pretrainedResnet.h5");
            try {
                resnet8 = ModelImporter.load(model);
            } catch (Exception e) {
                throw new AssertionError("Cannot import " + model + ": " + e.getMessage(), e);
            }
        }
        return resnet8;
    }

    static Network lenet5() {
        return TestNetworks.lenet5(5);
    }

    /** The four layer shapes of docs/liteengine.md's CMSIS-NN table, each a one-layer network with ReLU. */
    static List<Network> briefLayers() {
        Random r = new Random(17);
        return List.of(
                single("conv3x3", new Shape(32, 32, 16), new Conv2D("layer", "in", 3, 3, 1, 1, Padding.SAME, 32,
                        weights(r, 9 * 16 * 32, 144), between(r, 32, -.1, .1), Activation.RELU)),
                single("conv1x1", new Shape(32, 32, 32), new Conv2D("layer", "in", 1, 1, 1, 1, Padding.VALID, 32,
                        weights(r, 32 * 32, 32), between(r, 32, -.1, .1), Activation.RELU)),
                single("depthwise3x3", new Shape(32, 32, 32), new DepthwiseConv2D("layer", "in", 3, 3, 1, 1,
                        Padding.SAME, weights(r, 9 * 32, 9), between(r, 32, -.1, .1), Activation.RELU)),
                single("dense", new Shape(1, 1, 1024), new Dense("layer", "in", 128, weights(r, 1024 * 128, 1024),
                        between(r, 128, -.1, .1), Activation.RELU)));
    }

    private static Network single(String name, Shape input, Layer layer) {
        return new Network(name, List.of(new InputLayer("in", input), layer));
    }

    /** The same bits for every layer with weights. */
    static Map<String, LayerBits> uniform(Network network, int bits) {
        Map<String, LayerBits> policy = new LinkedHashMap<>();
        weighted(network).forEach(name -> policy.put(name, new LayerBits(bits, bits)));
        return policy;
    }

    /** Uniformly random weight and activation bits in 1..8 per layer. */
    static Map<String, LayerBits> random(Network network, long seed) {
        Random r = new Random(seed);
        Map<String, LayerBits> policy = new LinkedHashMap<>();
        weighted(network).forEach(name -> policy.put(name, new LayerBits(1 + r.nextInt(8), 1 + r.nextInt(8))));
        return policy;
    }

    private static List<String> weighted(Network network) {
        return Quantizer.prepare(network).layers().stream().filter(LayerRoles::hasWeights).map(Layer::name).toList();
    }

    /** Calibration inputs in [0, 1) of the network's input shape. */
    static List<float[]> inputs(Network network, long seed) {
        return TestNetworks.inputs(new Random(seed), 3, network.inputLayer().shape(), 0, 1);
    }
}
