package org.mcuq.rlquant.lsq.internal;

import java.util.Map;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Network;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * Quantizes the output of a step-owning layer to its learned step: the engine's requantization
 * {@code clamp(round(values * valueStep / s_out), lo, hi)} with one multiplier per channel, as the engine's
 * {@code M = s_acc / s_out}. The fused activation is the clamp: ReLU is the unsigned range's lower bound 0; ReLU6
 * also clips the real value at 6, which equals the engine's clamp at {@code round(6 / s_out)}.
 */
final class OutputQuantizer {

    private final ParameterSet params;
    private final Network network;
    private final Map<String, TensorQuantization> formats;
    private final InitialSteps init;

    OutputQuantizer(ParameterSet params, Network network, Map<String, TensorQuantization> formats,
            InitialSteps init) {
        this.params = params;
        this.network = network;
        this.formats = formats;
        this.init = init;
    }

    /**
     * @param values    the layer's result, in units of {@code valueStep}
     * @param valueStep step of {@code values} (scalar or per channel), or null if {@code values} are real values
     */
    QTensor quantize(String layer, SDVariable values, SDVariable valueStep, Activation activation) {
        TensorQuantization format = formats.get(layer);
        QuantRange range = QuantRange.of(format);
        SDVariable step = params.addActivationStep(layer, init.activationSteps().get(layer));
        SDVariable scaled = LsqOps.scaleGradient(step, range.gradientScale(network.shapeOf(layer).elements()));
        return new QTensor(LsqOps.codes(quotient(values, valueStep, scaled, activation), range), scaled, format);
    }

    /** {@code values * valueStep / step}, one multiply on the tensor unless ReLU6 must clip the real values. */
    private static SDVariable quotient(SDVariable values, SDVariable valueStep, SDVariable step,
            Activation activation) {
        SameDiff sd = values.getSameDiff();
        SDVariable reciprocal = sd.math().reciprocal(step);
        if (activation == Activation.RELU6) {
            SDVariable real = valueStep == null ? values : values.mul(valueStep);
            return sd.math().clipByValue(real, 0, 6).mul(reciprocal);
        }
        return values.mul(valueStep == null ? reciprocal : valueStep.mul(reciprocal));
    }
}
