package org.mcuq.ir.io.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.NetworkValidationException;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;
import org.mcuq.ir.ZeroPadding;

/** Rebuilds one layer from its JSON object, the inverse of {@link LayerEncoder}. */
public final class LayerDecoder {

    /** Reads a weight tensor entry, checking that it holds exactly as many floats as {@code shape} needs. */
    @FunctionalInterface
    public interface TensorSource {
        float[] read(String entry, int[] shape, String referencedBy) throws IOException;
    }

    private static final int ANY = -1;

    private final JsonFields json;
    private final TensorSource tensors;
    private final String name;
    private final List<String> inputs;

    private LayerDecoder(JsonFields json, TensorSource tensors) {
        this.json = json;
        this.tensors = tensors;
        this.name = json.string("name");
        this.inputs = json.strings("inputs");
    }

    public static Layer decode(JsonFields json, TensorSource tensors) throws IOException {
        LayerDecoder decoder = new LayerDecoder(json, tensors);
        OpType op = decoder.op();
        try {
            return decoder.layer(op);
        } catch (NetworkValidationException | IllegalArgumentException e) {
            throw new ContentProblem(json.where() + " does not describe a valid layer: " + e.getMessage()
                    + " The file was changed after it was written; write the network again.", e);
        }
    }

    private OpType op() {
        String type = json.string("type");
        try {
            return OpType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new ContentProblem(json.where() + " has the unknown layer type \"" + type + "\" (known: "
                    + Arrays.toString(OpType.values()) + "); it was written by a newer MCUQ or edited by hand:"
                    + " update MCUQ or write the network again");
        }
    }

    private Layer layer(OpType op) throws IOException {
        return switch (op) {
            case INPUT -> inputLayer();
            case CONV2D -> conv();
            case DEPTHWISE_CONV2D -> depthwise();
            case DENSE -> dense();
            case MAX_POOL, AVG_POOL -> pool(op);
            case GLOBAL_AVG_POOL -> new GlobalAvgPool(name, input());
            case ADD -> new Add(name, inputs, activation());
            case RELU -> new Relu(name, input());
            case RELU6 -> new Relu6(name, input());
            case BATCH_NORM -> batchNorm();
            case ZERO_PADDING -> zeroPadding();
            case FLATTEN -> new Flatten(name, input());
            case RESHAPE -> new Reshape(name, input(), shape("target"));
            case SOFTMAX -> new Softmax(name, input());
        };
    }

    private InputLayer inputLayer() {
        inputCount(0);
        return new InputLayer(name, shape("shape"));
    }

    private Conv2D conv() throws IOException {
        int[] kernel = json.integers("kernel", 2);
        int[] stride = json.integers("stride", 2);
        int out = json.integer("outChannels");
        float[] weights = tensor("weights", kernel[0], kernel[1], ANY, out);
        return new Conv2D(name, input(), kernel[0], kernel[1], stride[0], stride[1], padding(), out, weights,
                tensor("bias", out), activation());
    }

    private DepthwiseConv2D depthwise() throws IOException {
        int[] kernel = json.integers("kernel", 2);
        int[] stride = json.integers("stride", 2);
        float[] weights = tensor("weights", kernel[0], kernel[1], ANY);
        int channels = weights.length / (kernel[0] * kernel[1]);
        return new DepthwiseConv2D(name, input(), kernel[0], kernel[1], stride[0], stride[1], padding(), weights,
                tensor("bias", channels), activation());
    }

    private Dense dense() throws IOException {
        int units = json.integer("units");
        return new Dense(name, input(), units, tensor("weights", ANY, units), tensor("bias", units), activation());
    }

    private Pool pool(OpType op) {
        int[] size = json.integers("pool", 2);
        int[] stride = json.integers("stride", 2);
        return new Pool(name, op, input(), size[0], size[1], stride[0], stride[1], padding());
    }

    private BatchNorm batchNorm() throws IOException {
        float[] gamma = tensor("gamma", ANY);
        int c = gamma.length;
        return new BatchNorm(name, input(), gamma, tensor("beta", c), tensor("mean", c), tensor("variance", c),
                json.floatValue("epsilon"));
    }

    private ZeroPadding zeroPadding() {
        int[] pad = json.integers("pad", 4);
        return new ZeroPadding(name, input(), pad[0], pad[1], pad[2], pad[3]);
    }

    private String input() {
        return inputCount(1).get(0);
    }

    private List<String> inputCount(int count) {
        if (inputs.size() != count) {
            throw new ContentProblem(json.where() + ": a " + json.string("type") + " layer has " + count
                    + " input(s) but \"inputs\" lists " + inputs.size() + " " + inputs);
        }
        return inputs;
    }

    private Shape shape(String key) {
        int[] d = json.integers(key, 3);
        return new Shape(d[0], d[1], d[2]);
    }

    private Padding padding() {
        return constant(Padding.class, "padding");
    }

    private Activation activation() {
        return constant(Activation.class, "activation");
    }

    private <E extends Enum<E>> E constant(Class<E> type, String key) {
        String value = json.string(key);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ContentProblem(json.where() + ": \"" + key + "\" is \"" + value + "\" but must be one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** The tensor {@code role}, whose recorded shape must match {@code expected} ({@link #ANY} matches all). */
    private float[] tensor(String role, int... expected) throws IOException {
        JsonFields reference = json.object(role, json.where() + " " + role);
        int[] shape = reference.integers("shape", expected.length);
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] <= 0 || (expected[i] != ANY && shape[i] != expected[i])) {
                throw new ContentProblem(reference.where() + " has shape " + Arrays.toString(shape)
                        + " but the layer needs " + Arrays.toString(expected).replace("-1", "any")
                        + "; the file was changed after it was written: write the network again");
            }
        }
        return tensors.read(reference.string("entry"), shape, reference.where());
    }
}
