package org.mcuq.rlquant.lsq.internal;

import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Padding;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.enums.WeightsFormat;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;

/**
 * Conv, depthwise conv and dense layers computed as the engine does: integer codes of input and weights (per
 * output channel steps), {@code acc = bias_q + sum w_q x_q} (exact in float32 while below 2^24 in magnitude),
 * standing for {@code acc * s_w[c] * s_in}. The bias is fake-quantized to that accumulator step like the engine's
 * {@code rint(b / (s_w s_in))} (exactly while {@code |b / (s_w s_in)| < 2^22}).
 */
final class WeightedOps {

    /** Integer-valued accumulators {@code acc} standing for {@code acc * step} (step per output channel). */
    record Accumulator(SDVariable acc, SDVariable step) {
    }

    private record Weights(SDVariable codes, SDVariable step, SDVariable bias) {
    }

    private final ParameterSet params;
    private final QuantizationSpec bits;
    private final InitialSteps init;

    WeightedOps(ParameterSet params, QuantizationSpec bits, InitialSteps init) {
        this.params = params;
        this.bits = bits;
        this.init = init;
    }

    /** The integer accumulators of {@code layer} on {@code in} (NHWC) and their per-channel step. */
    Accumulator accumulator(WeightedLayer layer, QTensor in) {
        Weights w = weights(layer);
        SDVariable accumulatorStep = w.step().mul(in.step());
        SDVariable u = w.bias().mul(accumulatorStep.getSameDiff().math().reciprocal(accumulatorStep));
        SDVariable biasCodes = LsqOps.straightThrough(u, LsqOps.roundHalfEven(u));
        return new Accumulator(accumulate(layer, in.codes(), w.codes(), biasCodes), accumulatorStep);
    }

    private SDVariable accumulate(WeightedLayer layer, SDVariable x, SDVariable w, SDVariable bias) {
        SameDiff sd = x.getSameDiff();
        return switch (layer) {
            case Conv2D c -> sd.cnn().conv2d(x, w, bias,
                    convConfig(c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), c.padding()));
            case DepthwiseConv2D d -> sd.cnn().depthWiseConv2d(x,
                    w.reshape(d.kernelH(), d.kernelW(), d.outChannels(), 1), bias,
                    convConfig(d.kernelH(), d.kernelW(), d.strideH(), d.strideW(), d.padding()));
            case Dense d -> sd.mmul(x.reshape(-1, d.weights().length / d.units()), w).add(bias)
                    .reshape(-1, 1, 1, d.units());
        };
    }

    private static Conv2DConfig convConfig(int kh, int kw, int sh, int sw, Padding padding) {
        return Conv2DConfig.builder().kH(kh).kW(kw).sH(sh).sW(sw).dH(1).dW(1)
                .paddingMode(ShapeOps.paddingMode(padding)).dataFormat(Conv2DConfig.NHWC)
                .weightsFormat(WeightsFormat.YXIO).build();
    }

    private Weights weights(WeightedLayer layer) {
        int channels = layer.outChannels();
        int bitsOfWeights = bits.bitsOf(layer.name()).orElseThrow().weightBits();
        QuantRange range = QuantRange.weights(bitsOfWeights);
        ParameterSet.WeightedNames names = params.addWeighted(layer.name(), layer.weights(), shape(layer),
                layer.bias(), init.weightSteps().get(layer.name()));
        SDVariable step = LsqOps.scaleGradient(params.variable(names.steps()),
                range.gradientScale(layer.weights().length / channels));
        SDVariable codes = LsqOps.codes(params.variable(names.weights()), step, range);
        return new Weights(codes, step, params.variable(names.bias()));
    }

    /** The IR layout as an ND4J shape: HWIO for conv, HWC for depthwise, IO for dense. */
    private static long[] shape(WeightedLayer layer) {
        return switch (layer) {
            case Conv2D c -> new long[] {c.kernelH(), c.kernelW(), c.inChannels(), c.outChannels()};
            case DepthwiseConv2D d -> new long[] {d.kernelH(), d.kernelW(), d.outChannels()};
            case Dense d -> new long[] {d.weights().length / d.units(), d.units()};
        };
    }
}
