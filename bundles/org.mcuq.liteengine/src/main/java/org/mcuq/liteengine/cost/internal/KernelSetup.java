package org.mcuq.liteengine.cost.internal;

import java.util.List;
import java.util.Optional;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.packing.PackingPlan;

/**
 * Everything the cost formulas need to know about one layer's kernel at one bit policy: the IR layer and its
 * shapes, the kernel kind and packing plan the generator chooses, the formats of its input and output tensors, its
 * weight bits and whether its requantization takes the high-word path (every shift above 32).
 *
 * @param step       index of the layer in the execution order
 * @param weightBits weight bits of a layer with weights, else 0
 */
public record KernelSetup(Layer layer, int step, Core core, KernelKind kind, List<Shape> inputShapes,
        Shape outputShape, List<TensorFormat> inputs, TensorFormat output, int weightBits,
        Optional<PackingPlan> plan, boolean highWord) {

    public KernelSetup {
        inputShapes = List.copyOf(inputShapes);
        inputs = List.copyOf(inputs);
    }

    public TensorFormat input() {
        return inputs.get(0);
    }

    public Shape inputShape() {
        return inputShapes.get(0);
    }

    /** The requantization path as a feature tag. */
    public String requantTag() {
        return highWord ? "hi" : "lo";
    }
}
