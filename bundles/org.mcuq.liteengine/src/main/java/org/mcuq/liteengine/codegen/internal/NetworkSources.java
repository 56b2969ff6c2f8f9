package org.mcuq.liteengine.codegen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.codegen.LayerKernel;
import org.mcuq.liteengine.memory.MemoryPlan;
import org.mcuq.liteengine.memory.ScratchPlacement;
import org.mcuq.liteengine.memory.TensorLayout;
import org.mcuq.liteengine.memory.TensorPlacement;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.TensorQuantization;

/** Emits {@code <prefix>.h}, {@code <prefix>.c} (arena and layer calls) and {@code <prefix>_layers.h}. */
public final class NetworkSources {

    private final QuantizedNetwork network;
    private final MemoryPlan plan;
    private final String prefix;
    private final String core;
    private final int regionBase;

    public NetworkSources(QuantizedNetwork network, MemoryPlan plan, String prefix, String core, int regionBase) {
        this.network = network;
        this.plan = plan;
        this.prefix = prefix;
        this.core = core;
        this.regionBase = regionBase;
    }

    public String macro() {
        return prefix.toUpperCase(Locale.ROOT);
    }

    public String header() {
        TensorPlacement out = outputTensor();
        return common(Template.load("network.h")).with("GUARD", macro() + "_H")
                .with("INPUT_DOC", doc(inputLayer())).with("OUTPUT_DOC", doc(outputLayer()))
                .with("REGION_BASE", regionBase).with("INPUT_BYTES", inputTensor().bytes())
                .with("OUTPUT_BYTES", out.bytes()).with("OUTPUT_ELEMENTS", out.layout().elements())
                .with("OUTPUT_BITS", out.layout().bits()).render();
    }

    public String source(List<LayerKernel> kernels, List<String> functions) {
        StringBuilder calls = new StringBuilder();
        for (int step = 1; step < kernels.size(); step++) {
            calls.append(call(network.layers().get(step), kernels.get(step), functions.get(step)));
        }
        return common(Template.load("network.c")).with("PLAN", planComment()).with("CALLS", calls.toString()
                .stripTrailing()).with("OUTPUT_BYTES", outputTensor().bytes())
                .with("OUTPUT_TENSOR", pointer(outputTensor())).render();
    }

    public String layersHeader(List<String> prototypes) {
        return common(Template.load("layers.h")).with("GUARD", macro() + "_LAYERS_H")
                .with("PROTOTYPES", String.join("\n", prototypes)).render();
    }

    private Template common(Template t) {
        return t.with("NETWORK", network.network().name()).with("CORE", core).with("PREFIX", prefix)
                .with("MACRO", macro()).with("ARENA_BYTES", Math.max(4, plan.arenaBytes()));
    }

    private String call(QuantizedLayer layer, LayerKernel kernel, String function) {
        TensorPlacement out = plan.tensor(layer.name());
        String trace = "    LE_TRACE(" + kernel.step() + "u, " + pointer(out) + ", " + out.bytes() + "u);\n";
        if (kernel.kind() == KernelKind.NONE) {
            return LayerContext.comment("    /* " + kernel.step() + " " + layer.name() + ": " + kernel.note())
                    + " */\n" + trace;
        }
        List<String> args = new ArrayList<>();
        layer.inputs().forEach(input -> args.add(pointer(plan.tensor(input))));
        args.add(pointer(out));
        plan.scratch().stream().filter(s -> s.layer().equals(layer.name())).map(ScratchPlacement::offset)
                .forEach(offset -> args.add(arena(offset)));
        int region = regionBase + kernel.step();
        return "    LE_BEGIN(" + region + "u);\n    " + function + "(" + String.join(", ", args) + ");\n    LE_END("
                + region + "u);\n" + trace;
    }

    private static String pointer(TensorPlacement t) {
        return t.storage() == TensorPlacement.Storage.NETWORK_INPUT ? "input" : arena(t.offset());
    }

    private static String arena(int offset) {
        return offset == 0 ? "arena" : "(arena + " + offset + "u)";
    }

    private String planComment() {
        return LayerContext.comment(plan.describe().lines().map(line -> " * " + line)
                .reduce((a, b) -> a + "\n" + b).orElse("")) + "\n";
    }

    private String doc(QuantizedLayer layer) {
        TensorQuantization q = layer.output();
        TensorLayout layout = plan.tensor(layer.name()).layout();
        return network.shapeOf(layer.name()) + " " + LayerContext.format(q) + " (step " + q.step() + "), "
                + layout.bytes() + " bytes packed";
    }

    private QuantizedLayer inputLayer() {
        return network.layers().get(0);
    }

    private QuantizedLayer outputLayer() {
        return network.layer(network.network().outputLayer().name());
    }

    private TensorPlacement inputTensor() {
        return plan.tensor(inputLayer().name());
    }

    private TensorPlacement outputTensor() {
        return plan.tensor(outputLayer().name());
    }
}
