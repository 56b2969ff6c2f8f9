package org.mcuq.ir.io.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.FusedActivationLayer;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;

/**
 * Describes layers as JSON objects of the network file schema ({@code type}, {@code name}, {@code inputs}, then
 * the hyper-parameters) and collects their weight tensors as entries {@code tensors/<index>-<role>.f32}.
 */
public final class LayerEncoder {

    private final Map<String, float[]> tensors = new LinkedHashMap<>();

    /** Weight tensors referenced so far, by entry name, in the order they were met. */
    public Map<String, float[]> tensors() {
        return tensors;
    }

    /** The JSON object of {@code layer}, the {@code index}-th in the network. */
    public Map<String, Object> encode(int index, Layer layer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", layer.op().name());
        json.put("name", layer.name());
        json.put("inputs", layer.inputs());
        if (layer instanceof FusedActivationLayer fused) {
            json.put("activation", fused.activation().name());
        }
        new Parameters(index, json).put(layer);
        return json;
    }

    /** Adds one layer's own members to its JSON object. */
    private final class Parameters {

        private final int index;
        private final Map<String, Object> json;

        Parameters(int index, Map<String, Object> json) {
            this.index = index;
            this.json = json;
        }

        void put(Layer layer) {
            switch (layer) {
                case InputLayer l -> json.put("shape", dimensions(l.shape()));
                case Conv2D l -> conv(l);
                case DepthwiseConv2D l -> depthwise(l);
                case Dense l -> dense(l);
                case Pool l -> window("pool", l.poolH(), l.poolW(), l.strideH(), l.strideW(), l.padding());
                case BatchNorm l -> batchNorm(l);
                case ZeroPadding l -> json.put("pad", List.of(l.top(), l.bottom(), l.left(), l.right()));
                case Reshape l -> json.put("target", dimensions(l.target()));
                case Add l -> { /* inputs and activation only */ }
                case GlobalAvgPool l -> { /* no parameters */ }
                case Relu l -> { /* no parameters */ }
                case Relu6 l -> { /* no parameters */ }
                case Flatten l -> { /* no parameters */ }
                case Softmax l -> { /* no parameters */ }
            }
        }

        private void conv(Conv2D l) {
            window("kernel", l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding());
            json.put("outChannels", l.outChannels());
            tensor("weights", l.weights(), l.kernelH(), l.kernelW(), l.inChannels(), l.outChannels());
            tensor("bias", l.bias(), l.outChannels());
        }

        private void depthwise(DepthwiseConv2D l) {
            window("kernel", l.kernelH(), l.kernelW(), l.strideH(), l.strideW(), l.padding());
            tensor("weights", l.weights(), l.kernelH(), l.kernelW(), l.outChannels());
            tensor("bias", l.bias(), l.outChannels());
        }

        private void dense(Dense l) {
            json.put("units", l.units());
            tensor("weights", l.weights(), l.weights().length / l.units(), l.units());
            tensor("bias", l.bias(), l.units());
        }

        private void batchNorm(BatchNorm l) {
            json.put("epsilon", l.epsilon());
            tensor("gamma", l.gamma(), l.channels());
            tensor("beta", l.beta(), l.channels());
            tensor("mean", l.mean(), l.channels());
            tensor("variance", l.variance(), l.channels());
        }

        private void window(String sizeKey, int h, int w, int strideH, int strideW, Padding padding) {
            json.put(sizeKey, List.of(h, w));
            json.put("stride", List.of(strideH, strideW));
            json.put("padding", padding.name());
        }

        private void tensor(String role, float[] values, int... shape) {
            String entry = "tensors/" + index + "-" + role + ".f32";
            tensors.put(entry, values);
            Map<String, Object> reference = new LinkedHashMap<>();
            reference.put("entry", entry);
            reference.put("shape", Arrays.stream(shape).boxed().toList());
            json.put(role, reference);
        }
    }

    private static List<Integer> dimensions(Shape shape) {
        return List.of(shape.height(), shape.width(), shape.channels());
    }
}
