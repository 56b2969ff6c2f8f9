package org.mcuq.liteengine.cost.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Add;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Reshape;
import org.mcuq.ir.Softmax;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.internal.LayerRoles;
import org.mcuq.liteengine.quant.internal.TensorPlan;
import org.mcuq.liteengine.quant.internal.TensorPlanner;

/**
 * The execution order of a prepared network as index arrays, for evaluating policies without maps: each step's
 * input steps, its tensor's element count, signedness (which no bit policy changes), last reader, and where its
 * bit width comes from under a policy (the rules of {@link TensorPlanner}).
 */
public final class Topology {

    private final Network network;
    private final List<Layer> layers;
    private final int[][] inputs;
    private final int[] elements;
    private final boolean[] signed;
    private final int[] lastRead;
    private final int[] policyIndex;
    private final List<String> policyLayers = new ArrayList<>();

    public Topology(Network prepared, boolean inputSigned) {
        this.network = prepared;
        this.layers = prepared.layers();
        int n = layers.size();
        Map<String, Integer> step = new HashMap<>();
        for (int k = 0; k < n; k++) {
            step.put(layers.get(k).name(), k);
        }
        inputs = new int[n][];
        elements = new int[n];
        signed = new boolean[n];
        lastRead = new int[n];
        policyIndex = new int[n];
        Map<String, TensorPlan> plans = TensorPlanner.plan(prepared, QuantizationSpec.uniform(8, 8), inputSigned);
        for (int k = 0; k < n; k++) {
            describe(k, step, plans.get(layers.get(k).name()));
        }
        lastRead[step.get(prepared.outputLayer().name())] = n;
    }

    private void describe(int k, Map<String, Integer> step, TensorPlan plan) {
        Layer layer = layers.get(k);
        inputs[k] = layer.inputs().stream().mapToInt(step::get).toArray();
        elements[k] = network.shapeOf(layer.name()).elements();
        signed[k] = plan.signed();
        lastRead[k] = k;
        for (int i : inputs[k]) {
            lastRead[i] = k;
        }
        policyIndex[k] = LayerRoles.hasWeights(layer) ? policyLayers.size() : -1;
        if (policyIndex[k] >= 0) {
            policyLayers.add(layer.name());
        }
    }

    public Network network() {
        return network;
    }

    public int size() {
        return layers.size();
    }

    public Layer layer(int step) {
        return layers.get(step);
    }

    public int[] inputs(int step) {
        return inputs[step];
    }

    public int elements(int step) {
        return elements[step];
    }

    public boolean signed(int step) {
        return signed[step];
    }

    /** The last step that reads the tensor, or {@link #size()} for the network output (copied out after). */
    public int lastRead(int step) {
        return lastRead[step];
    }

    /** Position of a layer with weights in the policy, or -1. */
    public int policyIndex(int step) {
        return policyIndex[step];
    }

    /** The layers with weights, in policy order. */
    public List<String> policyLayers() {
        return List.copyOf(policyLayers);
    }

    public boolean isInput(int step) {
        return layers.get(step) instanceof InputLayer;
    }

    /** Whether the step's tensor is an alias of its input (flatten, reshape, softmax: no storage, no code). */
    public boolean alias(int step) {
        Layer l = layers.get(step);
        return l instanceof Flatten || l instanceof Reshape || l instanceof Softmax;
    }

    /**
     * Every tensor's bits under a policy: layers with weights take their activation bits, the input those of the
     * first layer with weights, an add the widest of its inputs, every other layer its input's.
     */
    public void tensorBits(int[] activationBits, int[] into) {
        for (int k = 0; k < into.length; k++) {
            Layer l = layers.get(k);
            if (policyIndex[k] >= 0) {
                into[k] = activationBits[policyIndex[k]];
            } else if (l instanceof InputLayer) {
                into[k] = activationBits.length == 0 ? 8 : activationBits[0];
            } else if (l instanceof Add) {
                int bits = 0;
                for (int i : inputs[k]) {
                    bits = Math.max(bits, into[i]);
                }
                into[k] = bits;
            } else {
                into[k] = into[inputs[k][0]];
            }
        }
    }
}
