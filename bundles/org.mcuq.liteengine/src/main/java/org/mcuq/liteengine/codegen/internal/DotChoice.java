package org.mcuq.liteengine.codegen.internal;

import java.util.Optional;

import org.mcuq.liteengine.codegen.CodeGenerationException;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.KernelPolicy;
import org.mcuq.liteengine.packing.ActivationType;
import org.mcuq.liteengine.packing.CostModel;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.packing.Extraction;
import org.mcuq.liteengine.packing.MultiplyKind;
import org.mcuq.liteengine.packing.PackingPlan;
import org.mcuq.liteengine.packing.PackingPlanner;
import org.mcuq.liteengine.packing.UnsafePackingException;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;

/**
 * The dot-product kernel of a conv or dense layer: the packing planner's best plan for the layer's weight and
 * input bits on the core (cost model with the layer's output channels sharing each packed column), verified with
 * {@link PackingPlanner#verify}; a plan whose proof fails or whose dot products are longer than
 * {@code maxDotProductLength()} falls back to plain MLA. A plan forced in the options is refused instead.
 */
public record DotChoice(KernelKind kind, Optional<PackingPlan> plan, String note) {

    /** The shortest conv dot product for which dense int16 SMLAD replaces a UMLAL plan. */
    static final int MIN_LANE_DOT = 64;

    public static DotChoice choose(QuantizedWeightedLayer layer, ConvGeometry geometry, Core core,
            GenerationOptions options) {
        Optional<PackingPlan> forced = options.plan(layer.name());
        if (forced.isPresent()) {
            return forced(layer, geometry, forced.get(), core);
        }
        if (options.kernelPolicy() == KernelPolicy.PLAIN) {
            return new DotChoice(KernelKind.DOT_PLAIN, Optional.empty(), "plain kernels requested");
        }
        PackingPlan plan = PackingPlanner.plan(layer.weightBits(), layer.input().bits(), activationType(layer), core,
                new CostModel(layer.channels()));
        plan = denseLanes(layer, geometry, core, plan).orElse(plan);
        try {
            PackingPlanner.verify(plan);
        } catch (UnsafePackingException e) {
            return plain("the planner's plan was refused: " + e.getMessage());
        }
        long longest = plan.encoding().maxDotProductLength();
        if (geometry.dotLength() > longest) {
            return plain("dot products of " + geometry.dotLength() + " exceed the " + longest
                    + " the plan's 32-bit accumulator proof covers (" + plan.describe() + ")");
        }
        return of(plan, "");
    }

    /**
     * 3..5-bit weights on a DSP core: int16 SMLAD on densely stored weights (see {@link DotLayout}) takes b bits
     * per weight instead of 8 (int16 SMLAD) or 10.7 (UMLAL). It replaces int16 SMLAD on int8 weights always: its
     * loop spends (1 + k) / k instructions per weight pair (one load per word, one AND per pair, k = 16 / b) against
     * 1.5 (one load per 4 weights, one SXTB16 per pair). It replaces a UMLAL plan for convolutions of at least
     * {@value #MIN_LANE_DOT}-term dot products over several pixels, where it stays within 4% of UMLAL's
     * instructions (3x3 conv, 32x32x16 -> 32, W4A4 on the M4: 1.48 against 1.43 per MAC). Short dot products (1x1
     * conv over 32 channels: 1.84 against 1.61) and dense layers (1.35 against 1.17), which reuse no unpacked
     * weight across pixels, keep UMLAL.
     */
    private static Optional<PackingPlan> denseLanes(QuantizedWeightedLayer layer, ConvGeometry geometry, Core core,
            PackingPlan best) {
        int bits = layer.weightBits();
        if (!core.hasDsp() || bits < DotLayout.MIN_LANE_BITS || bits > DotLayout.MAX_LANE_BITS) {
            return Optional.empty();
        }
        if (best.kind() == MultiplyKind.SMLAD_UNPACKED) {
            return Optional.of(best);
        }
        boolean longConv = geometry.pixels() > 1 && geometry.dotLength() >= MIN_LANE_DOT;
        if (best.kind() != MultiplyKind.UMLAL64 || !longConv) {
            return Optional.empty();
        }
        return PackingPlanner.candidates(bits, layer.input().bits(), activationType(layer), core).stream()
                .filter(p -> p.kind() == MultiplyKind.SMLAD_UNPACKED).findFirst();
    }

    private static DotChoice forced(QuantizedWeightedLayer layer, ConvGeometry geometry, PackingPlan plan,
            Core core) {
        String where = "Layer '" + layer.name() + "': the requested plan (" + plan.describe() + ") ";
        if (plan.weightBits() != layer.weightBits() || plan.activationBits() != layer.input().bits()
                || plan.activationType() != activationType(layer) || plan.core() != core) {
            throw new CodeGenerationException(where + "does not match the layer: it has " + layer.weightBits()
                    + "-bit weights and " + layer.input().bits() + "-bit " + activationType(layer).label()
                    + " inputs on " + core.displayName() + "; plan with these values");
        }
        try {
            PackingPlanner.verify(plan);
        } catch (UnsafePackingException e) {
            throw new CodeGenerationException(where + "is refused: " + e.getMessage(), e);
        }
        long longest = plan.encoding().maxDotProductLength();
        if (geometry.dotLength() > longest) {
            throw new CodeGenerationException(where + "is refused: its dot products of " + geometry.dotLength()
                    + " terms exceed " + longest + ", the longest whose sum provably fits 32 bits; use fewer input"
                    + " channels or narrower operands");
        }
        return of(plan, "requested plan; ");
    }

    private static DotChoice of(PackingPlan plan, String prefix) {
        if (plan.kind() == MultiplyKind.SMLAD_UNPACKED) {
            return new DotChoice(KernelKind.DOT_SMLAD, Optional.of(plan), prefix + plan.describe());
        }
        if (plan.extraction() == Extraction.NONE) {
            return new DotChoice(KernelKind.DOT_PLAIN, Optional.of(plan), prefix + plan.describe());
        }
        return new DotChoice(KernelKind.DOT_PACKED, Optional.of(plan), prefix + plan.describe());
    }

    private static DotChoice plain(String reason) {
        return new DotChoice(KernelKind.DOT_PLAIN, Optional.empty(), "plain MLA: " + reason);
    }

    static ActivationType activationType(QuantizedWeightedLayer layer) {
        return layer.input().signed() ? ActivationType.SIGNED : ActivationType.UNSIGNED;
    }
}
