package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/**
 * 2-D convolution. {@code weights} is the Keras HWIO kernel {@code [kernelH][kernelW][inChannels][outChannels]}
 * flattened row-major; {@code bias} has {@code outChannels} values (null means no bias, i.e. zeros).
 */
public record Conv2D(String name, String input, int kernelH, int kernelW, int strideH, int strideW,
        Padding padding, int outChannels, float[] weights, float[] bias, Activation activation)
        implements WeightedLayer {

    public Conv2D {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
        LayerChecks.requirePositive(name, "kernel size", kernelH, kernelW);
        LayerChecks.requirePositive(name, "stride", strideH, strideW);
        LayerChecks.requirePositive(name, "number of output channels", outChannels);
        LayerChecks.requireNonNull(name, padding, "padding");
        LayerChecks.requireNonNull(name, weights, "weights");
        LayerChecks.requireNonNull(name, activation, "activation (use Activation.NONE)");
        bias = LayerChecks.biasOrZeros(bias, outChannels);
        LayerChecks.requireLength(name, bias, "bias", outChannels, outChannels + " output channels");
    }

    @Override
    public OpType op() {
        return OpType.CONV2D;
    }

    /** Input channels implied by the weight count. */
    public int inChannels() {
        return weights.length / (kernelH * kernelW * outChannels);
    }

    @Override
    public Conv2D withInput(String newInput) {
        return new Conv2D(name, newInput, kernelH, kernelW, strideH, strideW, padding, outChannels, weights, bias,
                activation);
    }

    @Override
    public Conv2D withActivation(Activation newActivation) {
        return new Conv2D(name, input, kernelH, kernelW, strideH, strideW, padding, outChannels, weights, bias,
                newActivation);
    }

    @Override
    public Conv2D withParameters(float[] newWeights, float[] newBias) {
        return new Conv2D(name, input, kernelH, kernelW, strideH, strideW, padding, outChannels, newWeights, newBias,
                activation);
    }
}
