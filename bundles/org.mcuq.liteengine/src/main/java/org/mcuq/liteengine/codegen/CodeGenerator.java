package org.mcuq.liteengine.codegen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mcuq.liteengine.codegen.internal.AppSources;
import org.mcuq.liteengine.codegen.internal.LayerContext;
import org.mcuq.liteengine.codegen.internal.LayerEmitters;
import org.mcuq.liteengine.codegen.internal.LayerSource;
import org.mcuq.liteengine.codegen.internal.NetworkSources;
import org.mcuq.liteengine.codegen.internal.ProjectWriter;
import org.mcuq.liteengine.codegen.internal.Template;
import org.mcuq.liteengine.memory.MemoryPlan;
import org.mcuq.liteengine.memory.MemoryPlanner;
import org.mcuq.liteengine.memory.TensorLayout;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;

/**
 * Generates a self-contained firmware project for one quantized network on one core: one C function per layer
 * specialised for its shapes and bit widths, packed constant weights, one static activation arena planned by
 * {@link MemoryPlanner}, {@code <prefix>_run()}, a test {@code main.c}, the input in {@code <prefix>_input.c}, a
 * Makefile and the target's firmware skeleton. Every kernel computes exactly the integer semantics of
 * {@code ReferenceExecutor}.
 *
 * <p>Regeneration. Every file written is listed with its SHA-256 in {@code .mcuq-manifest}. A non-empty folder
 * is refused unless {@code force} is set. With force: generated files still unchanged since the last generation
 * are replaced, and those no longer generated are deleted; files the generator did not write are never touched
 * (one in the way of a new file is an error); a generated network file (sources of the network,
 * {@code liteengine_ops.h}, the input) that was edited is refused with its name, because regenerating would lose
 * the edit and keeping it would mix two networks; an edited {@code main.c}, Makefile or board file is the user's:
 * it is kept as it is and no longer listed in the manifest. Nothing is written when anything is refused.
 */
public final class CodeGenerator {

    /** Generated network files include this header of inline helpers. */
    public static final String OPS_HEADER = "liteengine_ops.h";

    private CodeGenerator() {
    }

    public static GeneratedProject generate(QuantizedNetwork network, Target target, Path outDir) {
        return generate(network, target, outDir, GenerationOptions.defaults());
    }

    /**
     * @throws CodeGenerationException if a layer or a requested plan is refused, the network does not fit the
     *                                 target, or the folder must not be written
     */
    public static GeneratedProject generate(QuantizedNetwork network, Target target, Path outDir,
            GenerationOptions options) {
        KernelSelection kernels = KernelSelection.select(network, target.core(), options);
        MemoryPlan memory = MemoryPlanner.plan(network, kernels);
        TensorLayout input = memory.tensor(network.layers().get(0).name()).layout();
        TensorLayout output = memory.tensor(network.network().outputLayer().name()).layout();
        FitCheck.require(network, target.memory(), memory, output);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Set<String> scaffold = new LinkedHashSet<>();
        NetworkSources sources = new NetworkSources(network, memory, options.prefix(), target.core().displayName(),
                options.regionBase());
        addNetwork(files, network, kernels, sources, options.prefix(), target.core());
        addApplication(files, scaffold, new AppSources(sources, network.network().name(), options.prefix()), target,
                network.shapeOf(network.layers().get(0).name()) + " " + input,
                packedTestInput(network, options, input));
        ProjectWriter.Outcome outcome = ProjectWriter.write(outDir, files, scaffold, options.force());
        return new GeneratedProject(outDir, options.prefix(), new ArrayList<>(files.keySet()), outcome.written(),
                outcome.kept(), outcome.deleted(), memory, kernels, input, output);
    }

    /** The test input, main.c, the Makefile and the firmware skeleton; all but the input are scaffold files. */
    private static void addApplication(Map<String, byte[]> files, Set<String> scaffold, AppSources app,
            Target target, String inputDoc, byte[] input) {
        put(files, app.prefix() + "_input.c", app.input(input, inputDoc));
        scaffold.add(put(files, "main.c", app.main()));
        scaffold.add(put(files, "Makefile", app.makefile(target)));
        target.firmware().files().forEach((path, content) -> {
            files.put(path, content);
            scaffold.add(path);
        });
    }

    private static void addNetwork(Map<String, byte[]> files, QuantizedNetwork network, KernelSelection kernels,
            NetworkSources sources, String prefix, Core core) {
        List<String> functions = new ArrayList<>();
        List<String> prototypes = new ArrayList<>();
        put(files, OPS_HEADER, Template.resource(OPS_HEADER));
        for (QuantizedLayer layer : network.layers()) {
            LayerContext ctx = new LayerContext(network, layer, kernels.kernel(layer.name()), prefix);
            functions.add(ctx.function());
            LayerEmitters.emit(ctx, core).ifPresent(source -> {
                prototypes.add(source.prototype());
                put(files, source.fileName(), source.content());
            });
        }
        put(files, prefix + ".h", sources.header());
        put(files, prefix + "_layers.h", sources.layersHeader(prototypes));
        put(files, prefix + ".c", sources.source(kernels.kernels(), functions));
    }

    private static byte[] packedTestInput(QuantizedNetwork network, GenerationOptions options, TensorLayout layout) {
        int[] values = options.testInput().orElseGet(() -> new int[layout.elements()]);
        if (values.length != layout.elements()) {
            throw new CodeGenerationException("The test input of network '" + network.network().name() + "' has "
                    + values.length + " values but the input tensor has " + layout.elements() + " (NHWC "
                    + network.shapeOf(network.layers().get(0).name()) + ").");
        }
        try {
            return layout.pack(values);
        } catch (IllegalArgumentException e) {
            throw new CodeGenerationException("The test input does not fit network '" + network.network().name()
                    + "': " + e.getMessage() + " Quantize it with QuantizedNetwork.quantizeInput.", e);
        }
    }

    private static String put(Map<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return path;
    }
}
