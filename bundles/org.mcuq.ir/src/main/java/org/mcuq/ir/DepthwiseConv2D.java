package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/**
 * Depthwise 2-D convolution with depth multiplier 1. {@code weights} is {@code [kernelH][kernelW][channels]}
 * flattened row-major; {@code bias} has one value per channel (null means zeros).
 */
public record DepthwiseConv2D(String name, String input, int kernelH, int kernelW, int strideH, int strideW,
        Padding padding, float[] weights, float[] bias, Activation activation) implements WeightedLayer {

    public DepthwiseConv2D {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
        LayerChecks.requirePositive(name, "kernel size", kernelH, kernelW);
        LayerChecks.requirePositive(name, "stride", strideH, strideW);
        LayerChecks.requireNonNull(name, padding, "padding");
        LayerChecks.requireNonNull(name, weights, "weights");
        LayerChecks.requireNonNull(name, activation, "activation (use Activation.NONE)");
        bias = LayerChecks.biasOrZeros(bias, weights.length / (kernelH * kernelW));
    }

    @Override
    public OpType op() {
        return OpType.DEPTHWISE_CONV2D;
    }

    @Override
    public DepthwiseConv2D withInput(String newInput) {
        return new DepthwiseConv2D(name, newInput, kernelH, kernelW, strideH, strideW, padding, weights, bias,
                activation);
    }

    @Override
    public DepthwiseConv2D withActivation(Activation newActivation) {
        return new DepthwiseConv2D(name, input, kernelH, kernelW, strideH, strideW, padding, weights, bias,
                newActivation);
    }

    @Override
    public DepthwiseConv2D withParameters(float[] newWeights, float[] newBias) {
        return new DepthwiseConv2D(name, input, kernelH, kernelW, strideH, strideW, padding, newWeights, newBias,
                activation);
    }
}
