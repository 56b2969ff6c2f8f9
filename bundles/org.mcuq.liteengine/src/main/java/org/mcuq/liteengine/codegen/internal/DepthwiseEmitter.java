package org.mcuq.liteengine.codegen.internal;

import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.TensorQuantization;

/**
 * Emits a depthwise conv from {@code depthwise.c}: weights in locals, the window sum unrolled, adjacent taps
 * paired into SMLAD (one unaligned word load of two plane values) on DSP cores. Inputs of 1, 2 or 4 bits fill
 * G planes from each byte read; outputs whose pixel rows start on a byte are stored with a per-channel byte
 * offset and bit position instead of a full packed-index computation.
 */
public final class DepthwiseEmitter {

    /** Most planes filled at once. */
    private static final int MAX_GROUP = 4;

    private DepthwiseEmitter() {
    }

    /** Channels handled per pass: as many as share an input byte (at most 4), when rows start on bytes. */
    public static int group(TensorQuantization input, int channels) {
        int bits = input.bits();
        if (bits == 8 || 8 % bits != 0 || channels * bits % 8 != 0) {
            return 1;
        }
        int group = Math.min(8 / bits, MAX_GROUP);
        return channels % group == 0 ? group : 1;
    }

    public static LayerSource emit(LayerContext ctx, ConvGeometry g, Core core) {
        QuantizedWeightedLayer q = (QuantizedWeightedLayer) ctx.layer();
        int area = g.kernelH() * g.kernelW();
        int channels = q.channels();
        int group = group(q.input(), channels);
        Requantizer requantizer = new Requantizer(q);
        DepthwiseTaps taps = new DepthwiseTaps(g, core.hasDsp());
        DepthwiseIo io = new DepthwiseIo(g, q.input(), q.output(), group);
        String text = Template.load("depthwise.c")
                .with("BANNER", ctx.banner("depthwise conv " + g.describe() + ", W" + q.weightBits() + " x "
                        + LayerContext.format(q.input()) + " -> " + LayerContext.format(q.output())))
                .with("LAYERS_HEADER", ctx.layersHeader()).with("FUNCTION", ctx.function())
                .with("KK", area).with("C", channels).with("G", group)
                .with("WEIGHTS", CArrays.rows(channels, c -> CArrays.decimal(channelWeights(q, c, area))))
                .with("TABLES", requantizer.tables(q.bias()))
                .with("PH", g.planeHeight()).with("PW", g.planeWidth())
                .with("HO", g.out().height()).with("WO", g.out().width()).with("SH", g.strideH())
                .with("SW", g.strideW()).with("FILL", io.fill()).with("OUTPUT_SETUP", io.outputSetup())
                .with("STORE", io.store()).with("WEIGHT_LOCALS", taps.locals()).with("SUM", taps.sum())
                .with("REQUANT", requantizer.expression("acc", "mult", "shift"))
                .render();
        return new LayerSource(ctx.fileName(), DotEmitter.prototype(ctx), text);
    }

    /** HWC weights: kernel position k of channel c is weights[k * channels + c]. */
    private static int[] channelWeights(QuantizedWeightedLayer q, int c, int area) {
        int[] row = new int[area];
        for (int k = 0; k < area; k++) {
            row[k] = q.weights()[k * q.channels() + c];
        }
        return row;
    }
}
