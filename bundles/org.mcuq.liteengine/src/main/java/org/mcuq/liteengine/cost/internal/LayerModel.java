package org.mcuq.liteengine.cost.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.internal.ConvGeometry;
import org.mcuq.liteengine.codegen.internal.DotChoice;
import org.mcuq.liteengine.codegen.internal.DotLayout;
import org.mcuq.liteengine.codegen.internal.KernelRules;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.packing.PackingPlan;

/**
 * One layer of a network as the code generator would build it at given bit widths: the kernel it selects, the
 * kernel's scratch RAM, constant bytes and the inputs it may overwrite in place (the selector's
 * {@link KernelRules}).
 */
public final class LayerModel {

    /** The kernel of the layer at one setting of its bits, with what the memory planner needs of it. */
    public record Choice(KernelSetup setup, int scratchBytes, long constantBytes, int[] inPlaceInputs) {
    }

    private final Topology topology;
    private final int step;
    private final Core core;
    private final Layer layer;

    public LayerModel(Topology topology, int step, Core core) {
        this.topology = topology;
        this.step = step;
        this.core = core;
        this.layer = topology.layer(step);
    }

    /** The kernel at {@code weightBits} (0 without weights), {@code tensorBits} per step and requant path. */
    public Choice choose(int weightBits, int[] tensorBits, boolean highWord) {
        List<TensorFormat> inputs = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (int i : topology.inputs(step)) {
            inputs.add(new TensorFormat(tensorBits[i], topology.signed(i)));
            shapes.add(shapeOf(i));
        }
        TensorFormat output = new TensorFormat(tensorBits[step], topology.signed(step));
        if (inputs.isEmpty()) {
            inputs.add(output);
            shapes.add(shapeOf(step));
        }
        return switch (layer) {
            case Conv2D c -> dot(shapes, inputs, output, weightBits, highWord);
            case Dense d -> dot(shapes, inputs, output, weightBits, highWord);
            case DepthwiseConv2D d -> depthwise(shapes, inputs, output, weightBits, highWord);
            case BatchNorm b -> simple(KernelKind.AFFINE, shapes, inputs, output, weightBits, highWord,
                    KernelRules.affineConstantBytes(b.channels()),
                    KernelRules.narrowingInPlace(inputs.get(0).bits(), output.bits()));
            case Add a -> scaledSum(shapes, inputs, output);
            case Relu r -> scaledSum(shapes, inputs, output);
            case Relu6 r -> scaledSum(shapes, inputs, output);
            default -> simple(KernelRules.passThroughKind(layer), shapes, inputs, output, 0, false, 0, List.of());
        };
    }

    private Shape shapeOf(int producer) {
        return topology.network().shapeOf(topology.layer(producer).name());
    }

    private Choice dot(List<Shape> shapes, List<TensorFormat> inputs, TensorFormat output, int weightBits,
            boolean highWord) {
        ConvGeometry g = Windows.of(layer, shapes.get(0), shapeOf(step));
        DotChoice choice = DotChoices.choose(layer, g, weightBits, inputs.get(0), core);
        DotLayout layout = DotLayout.of(choice.kind(), g, choice.plan().orElse(null), inputs.get(0).quantization());
        KernelSetup setup = setup(choice.kind(), shapes, inputs, output, weightBits, choice.plan(), highWord);
        return new Choice(setup, layout.scratchBytes(), KernelRules.dotConstantBytes(g.out().channels(), layout),
                new int[0]);
    }

    private Choice depthwise(List<Shape> shapes, List<TensorFormat> inputs, TensorFormat output, int weightBits,
            boolean highWord) {
        ConvGeometry g = Windows.of(layer, shapes.get(0), shapeOf(step));
        int channels = g.out().channels();
        KernelSetup setup = setup(KernelKind.DEPTHWISE, shapes, inputs, output, weightBits, Optional.empty(),
                highWord);
        return new Choice(setup, KernelRules.depthwiseScratchBytes(g, inputs.get(0).quantization(), channels),
                KernelRules.depthwiseConstantBytes(g, channels),
                toArray(KernelRules.depthwiseInPlace(inputs.get(0).bits(), output.bits())));
    }

    /** The multipliers are immediates in the code, not a table (the memory plan counts them as constants). */
    private Choice scaledSum(List<Shape> shapes, List<TensorFormat> inputs, TensorFormat output) {
        int[] bits = inputs.stream().mapToInt(TensorFormat::bits).toArray();
        return simple(KernelKind.SCALED_SUM, shapes, inputs, output, 0, false, 0,
                KernelRules.elementwiseInPlace(bits, output.bits()));
    }

    private Choice simple(KernelKind kind, List<Shape> shapes, List<TensorFormat> inputs, TensorFormat output,
            int weightBits, boolean highWord, long constants, List<Integer> inPlace) {
        return new Choice(setup(kind, shapes, inputs, output, weightBits, Optional.empty(), highWord), 0, constants,
                toArray(inPlace));
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private KernelSetup setup(KernelKind kind, List<Shape> shapes, List<TensorFormat> inputs, TensorFormat output,
            int weightBits, Optional<PackingPlan> plan, boolean highWord) {
        return new KernelSetup(layer, step, core, kind, shapes, shapeOf(step), inputs, output, weightBits, plan,
                highWord);
    }
}
