package org.mcuq.rlquant.agent.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A multilayer perceptron on ND4J arrays: ReLU hidden layers and a sigmoid or identity output, with its own
 * back-propagation so gradients can be taken with respect to the input as well as the parameters. All parameters
 * live in one flat vector (layer by layer, weights row-major then biases) that the per-layer matrices view, so
 * optimiser and target updates are a few whole-vector operations. Hidden weights start uniform in +-1/sqrt(fan-in);
 * as in the DDPG paper the output layer starts within +-3e-3.
 */
final class Mlp {

    /** The output layer's activation. */
    enum Output { SIGMOID, IDENTITY }

    private static final double OUTPUT_INIT = 3e-3;

    private final int[] sizes;
    private final Output output;
    private final INDArray flat;
    private final List<INDArray> weights = new ArrayList<>();
    private final List<INDArray> biases = new ArrayList<>();

    /** A network with layer widths {@code sizes} (input first), initialised from {@code init}. */
    Mlp(int[] sizes, Output output, Random init, DataType dataType) {
        this(sizes, output, initialValues(sizes, init), dataType);
    }

    private Mlp(int[] sizes, Output output, double[] values, DataType dataType) {
        this.sizes = sizes.clone();
        this.output = output;
        try (MemoryWorkspace ignored = Workspaces.persistent()) {
            this.flat = Nd4j.createFromArray(values).castTo(dataType);
            long offset = 0;
            for (int l = 0; l + 1 < sizes.length; l++) {
                weights.add(view(offset, sizes[l], sizes[l + 1]));
                offset += (long) sizes[l] * sizes[l + 1];
                biases.add(view(offset, 1, sizes[l + 1]));
                offset += sizes[l + 1];
            }
        }
    }

    /** An independent network with the same parameters. */
    Mlp copy() {
        try (MemoryWorkspace ignored = Workspaces.temporaries()) {
            return new Mlp(sizes, output, flat.castTo(DataType.DOUBLE).toDoubleVector(), flat.dataType());
        }
    }

    /** All parameters as one vector; the array itself, for in-place updates. */
    INDArray parameters() {
        return flat;
    }

    /** The activations of every layer for the rows of {@code input}, the input first and the output last. */
    List<INDArray> forward(INDArray input) {
        List<INDArray> activations = new ArrayList<>();
        activations.add(input);
        INDArray current = input;
        for (int l = 0; l < weights.size(); l++) {
            INDArray z = current.mmul(weights.get(l)).addiRowVector(biases.get(l));
            current = l + 1 < weights.size() ? Transforms.relu(z, false) : outputOf(z);
            activations.add(current);
        }
        return activations;
    }

    INDArray output(INDArray input) {
        List<INDArray> activations = forward(input);
        return activations.get(activations.size() - 1);
    }

    /**
     * Back-propagates {@code outputGradient} (dLoss/dOutput, one row per input row) through the pass that produced
     * {@code activations}.
     */
    Gradients backward(List<INDArray> activations, INDArray outputGradient) {
        return backward(activations, outputGradient, true);
    }

    /** dLoss/dInput only, skipping the parameter gradients. */
    INDArray inputGradient(List<INDArray> activations, INDArray outputGradient) {
        return backward(activations, outputGradient, false).input();
    }

    private Gradients backward(List<INDArray> activations, INDArray outputGradient, boolean withParameters) {
        INDArray[] parts = new INDArray[2 * weights.size()];
        INDArray delta = outputDelta(activations.get(activations.size() - 1), outputGradient);
        for (int l = weights.size() - 1; l >= 0; l--) {
            INDArray in = activations.get(l);
            if (withParameters) {
                parts[2 * l] = in.transpose().mmul(delta);
                parts[2 * l + 1] = delta.sum(true, 0);
            }
            INDArray inputGradient = delta.mmul(weights.get(l).transpose());
            // ReLU passes the gradient where its output is positive; sign(a) is that mask for a >= 0.
            delta = l > 0 ? inputGradient.muli(Transforms.sign(in, true)) : inputGradient;
        }
        return new Gradients(withParameters ? Nd4j.toFlattened('c', parts) : null, delta);
    }

    /** dLoss/dParameters in {@link #parameters()} layout, and dLoss/dInput. */
    record Gradients(INDArray parameters, INDArray input) {
    }

    /** Moves every parameter a fraction {@code tau} of the way to {@code online}'s. */
    void follow(Mlp online, double tau) {
        flat.muli(1 - tau).addi(online.flat.mul(tau));
    }

    private INDArray outputOf(INDArray z) {
        return output == Output.SIGMOID ? Transforms.sigmoid(z, false) : z;
    }

    private INDArray outputDelta(INDArray out, INDArray outputGradient) {
        if (output == Output.IDENTITY) {
            return outputGradient;
        }
        return outputGradient.mul(out).muli(out.rsub(1));
    }

    private INDArray view(long offset, int rows, int columns) {
        INDArray view = flat.get(NDArrayIndex.interval(offset, offset + (long) rows * columns)).reshape('c', rows,
                columns);
        if (!view.isView()) {
            throw new IllegalStateException("ND4J copied a parameter block instead of viewing it");
        }
        return view;
    }

    private static double[] initialValues(int[] sizes, Random init) {
        List<Double> values = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            double bound = l + 2 == sizes.length ? OUTPUT_INIT : 1 / Math.sqrt(sizes[l]);
            int count = (sizes[l] + 1) * sizes[l + 1];
            for (int i = 0; i < count; i++) {
                values.add((2 * init.nextDouble() - 1) * bound);
            }
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
