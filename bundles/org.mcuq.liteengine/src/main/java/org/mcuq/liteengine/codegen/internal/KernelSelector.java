package org.mcuq.liteengine.codegen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Layer;
import org.mcuq.liteengine.codegen.CodeGenerationException;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.LayerKernel;
import org.mcuq.liteengine.memory.ConstantSizes;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedInput;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedPassThrough;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.TensorQuantization;

/** Chooses the kernel of every layer, with its scratch, constants and in-place rules. */
public final class KernelSelector {

    private final QuantizedNetwork network;
    private final Core core;
    private final GenerationOptions options;

    private KernelSelector(QuantizedNetwork network, Core core, GenerationOptions options) {
        this.network = network;
        this.core = core;
        this.options = options;
    }

    public static List<LayerKernel> select(QuantizedNetwork network, Core core, GenerationOptions options) {
        requireKnownPlanLayers(network, options);
        KernelSelector selector = new KernelSelector(network, core, options);
        List<LayerKernel> kernels = new ArrayList<>();
        for (int step = 0; step < network.layers().size(); step++) {
            kernels.add(selector.kernel(network.layers().get(step), step));
        }
        return kernels;
    }

    private LayerKernel kernel(QuantizedLayer layer, int step) {
        return switch (layer) {
            case QuantizedInput q -> none(q, step, "network input, read in place from the caller's buffer");
            case QuantizedPassThrough q -> passThrough(q, step);
            case QuantizedScaledSum q -> new LayerKernel(q.name(), step, KernelKind.SCALED_SUM, Optional.empty(),
                    q.inputs().size() == 1 ? "requantizing ReLU" : q.inputs().size() + "-input add", 0,
                    ConstantSizes.plain(q), scaledSumInPlace(q));
            case QuantizedWeightedLayer q -> weighted(q, step);
        };
    }

    private LayerKernel passThrough(QuantizedPassThrough q, int step) {
        Layer source = q.source();
        KernelKind kind = KernelRules.passThroughKind(source);
        if (kind == KernelKind.NONE) {
            return none(q, step, source.op().name().toLowerCase() + ": aliases its input, no code");
        }
        return new LayerKernel(q.name(), step, kind, Optional.empty(), "", 0, 0, List.of());
    }

    private LayerKernel weighted(QuantizedWeightedLayer q, int step) {
        if (q.source() instanceof BatchNorm) {
            return new LayerKernel(q.name(), step, KernelKind.AFFINE, Optional.empty(), "unfolded batch-norm", 0,
                    KernelRules.affineConstantBytes(q.channels()),
                    KernelRules.narrowingInPlace(q.input().bits(), q.output().bits()));
        }
        ConvGeometry geometry = ConvGeometry.of(network, q);
        if (q.source() instanceof DepthwiseConv2D) {
            boolean sameBits = q.output().bits() == q.input().bits();
            return new LayerKernel(q.name(), step, KernelKind.DEPTHWISE, Optional.empty(),
                    "int8 weights, int16 plane per channel" + (sameBits ? ", may run in place" : ""),
                    KernelRules.depthwiseScratchBytes(geometry, q.input(), q.channels()),
                    KernelRules.depthwiseConstantBytes(geometry, q.channels()),
                    KernelRules.depthwiseInPlace(q.input().bits(), q.output().bits()));
        }
        DotChoice choice = DotChoice.choose(q, geometry, core, options);
        DotLayout layout = DotLayout.of(choice.kind(), geometry, choice.plan().orElse(null), q.input());
        return new LayerKernel(q.name(), step, choice.kind(), choice.plan(), choice.note(), layout.scratchBytes(),
                KernelRules.dotConstantBytes(q.channels(), layout), List.of());
    }

    private static List<Integer> scaledSumInPlace(QuantizedScaledSum q) {
        int[] bits = q.inputFormats().stream().mapToInt(TensorQuantization::bits).toArray();
        return KernelRules.elementwiseInPlace(bits, q.output().bits());
    }

    private static LayerKernel none(QuantizedLayer q, int step, String note) {
        return new LayerKernel(q.name(), step, KernelKind.NONE, Optional.empty(), note, 0, 0, List.of());
    }

    private static void requireKnownPlanLayers(QuantizedNetwork network, GenerationOptions options) {
        for (String layer : options.plans().keySet()) {
            boolean dot = network.network().contains(layer)
                    && network.layer(layer) instanceof QuantizedWeightedLayer w
                    && !(w.source() instanceof BatchNorm) && !(w.source() instanceof DepthwiseConv2D);
            if (!dot) {
                throw new CodeGenerationException("A packing plan was given for '" + layer + "', which is not a conv"
                        + " or dense layer of network '" + network.network().name() + "'; plans apply to those only");
            }
        }
    }
}
