package org.mcuq.liteengine.codegen.internal;

import java.util.Optional;

import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/** Picks the emitter for a layer's kernel kind. */
public final class LayerEmitters {

    private LayerEmitters() {
    }

    /** The layer's C file, or empty for layers without code. */
    public static Optional<LayerSource> emit(LayerContext ctx, Core core) {
        return Optional.ofNullable(switch (ctx.kernel().kind()) {
            case NONE -> null;
            case DOT_PACKED, DOT_SMLAD, DOT_PLAIN -> DotEmitter.emit(ctx, geometry(ctx));
            case DEPTHWISE -> DepthwiseEmitter.emit(ctx, geometry(ctx), core);
            case AFFINE -> ElementwiseEmitter.affine(ctx);
            case SCALED_SUM -> ElementwiseEmitter.scaledSum(ctx);
            case MAX_POOL, AVG_POOL -> PoolEmitter.pool(ctx);
            case GLOBAL_AVG_POOL -> PoolEmitter.globalAverage(ctx);
            case ZERO_PADDING -> PoolEmitter.zeroPadding(ctx);
        });
    }

    private static ConvGeometry geometry(LayerContext ctx) {
        return ConvGeometry.of(ctx.network(), (QuantizedWeightedLayer) ctx.layer());
    }
}
