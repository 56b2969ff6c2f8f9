package org.mcuq.liteengine.cost.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mcuq.ir.Layer;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.internal.ConvGeometry;
import org.mcuq.liteengine.codegen.internal.DotChoice;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * The code generator's kernel choice for conv and dense layers ({@link DotChoice}, default options), memoised:
 * planning a layer takes milliseconds and depends only on the bits, input signedness, output channels, dot
 * length and core, which many layers and models share.
 */
final class DotChoices {

    private record Key(int weightBits, int inputBits, boolean signed, int channels, int dotLength, Core core) {
    }

    private static final Map<Key, DotChoice> CACHE = new ConcurrentHashMap<>();

    private DotChoices() {
    }

    static DotChoice choose(Layer layer, ConvGeometry g, int weightBits, TensorFormat input, Core core) {
        int channels = g.out().channels();
        Key key = new Key(weightBits, input.bits(), input.signed(), channels, g.dotLength(), core);
        return CACHE.computeIfAbsent(key, k -> DotChoice.choose(probe(layer, weightBits, input, channels), g, core,
                GenerationOptions.defaults()));
    }

    /** A quantized layer with the bits and channel count the choice reads and no constants. */
    private static QuantizedWeightedLayer probe(Layer layer, int weightBits, TensorFormat input, int channels) {
        TensorQuantization in = input.quantization();
        return new QuantizedWeightedLayer(layer, in, in, weightBits, new float[0], new byte[0], new int[channels],
                new int[0], new int[0], 0, 0);
    }
}
