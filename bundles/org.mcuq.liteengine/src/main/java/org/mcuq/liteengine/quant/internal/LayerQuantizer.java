package org.mcuq.liteengine.quant.internal;

import java.util.List;
import java.util.Map;

import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedInput;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedPassThrough;
import org.mcuq.liteengine.quant.TensorQuantization;

/** Builds the quantized form of one layer once every tensor's quantization is known. */
public final class LayerQuantizer {

    private LayerQuantizer() {
    }

    public static QuantizedLayer quantize(Layer layer, Map<String, TensorQuantization> formats,
            QuantizationSpec spec) {
        TensorQuantization out = formats.get(layer.name());
        if (layer instanceof InputLayer input) {
            return new QuantizedInput(input, out);
        }
        List<TensorQuantization> in = layer.inputs().stream().map(formats::get).toList();
        if (LayerRoles.hasWeights(layer)) {
            return WeightedLayerQuantizer.quantize(layer, in.get(0), out, spec);
        }
        if (LayerRoles.ownsStep(layer)) {
            return ScaledSumQuantizer.quantize(layer, in, out);
        }
        return new QuantizedPassThrough(layer, out);
    }
}
