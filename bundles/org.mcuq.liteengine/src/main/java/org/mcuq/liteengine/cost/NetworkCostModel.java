package org.mcuq.liteengine.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.Network;
import org.mcuq.liteengine.codegen.KernelKind;
import org.mcuq.liteengine.cost.internal.ArenaModel;
import org.mcuq.liteengine.cost.internal.Coefficients;
import org.mcuq.liteengine.cost.internal.CostTables;
import org.mcuq.liteengine.cost.internal.LayerTable;
import org.mcuq.liteengine.cost.internal.Metric;
import org.mcuq.liteengine.cost.internal.NetworkFeatures;
import org.mcuq.liteengine.cost.internal.Topology;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.liteengine.quant.Quantizer;

/**
 * LiteEngine's analytic cost model: what the generated code would cost for any per-layer bit policy, without
 * generating, building or running it. Built once per network and core (every setting of each layer's bits is
 * priced in advance), then each {@link #estimate} is a table lookup per layer plus the arena plan.
 *
 * <ul>
 * <li>Instructions and cycles: per kernel, counts of its loop bodies and per-element work (from the layer's
 * shapes, the packing plan the generator would choose and the kernel's structure) times coefficients calibrated
 * on QEMU ({@code CostCalibration}, docs/contributing.md).</li>
 * <li>RAM: the arena exactly as {@code MemoryPlanner} sizes it, plus the output buffer.</li>
 * <li>Flash: the constant tables exactly, plus an estimate of the kernels' code.</li>
 * </ul>
 * The requantization path of a layer depends on its real step sizes; they are estimated from the float weights
 * and, when calibration inputs are given, from the activation ranges as the quantizer calibrates them (without
 * inputs every activation range is taken as equal). Policies list, for every layer with weights in execution
 * order ({@link #layers()}), weight bits and activation (output) bits in 1..8. Instances are immutable and
 * thread-safe.
 */
public final class NetworkCostModel {

    private final Core core;
    private final Topology topology;
    private final LayerTable[] tables;
    private final ArenaModel arena;
    private final Coefficients coefficients;
    private final int outputStep;

    private NetworkCostModel(Core core, Topology topology, LayerTable[] tables, Coefficients coefficients) {
        this.core = core;
        this.topology = topology;
        this.tables = tables;
        this.arena = new ArenaModel(topology);
        this.coefficients = coefficients;
        this.outputStep = outputStep(topology);
    }

    /** A model for an unsigned network input (e.g. images in [0, 1]) without activation ranges. */
    public static NetworkCostModel of(Network network, Core core) {
        return of(network, core, false);
    }

    /** A model without activation ranges; {@code inputSigned} says whether the network input is signed. */
    public static NetworkCostModel of(Network network, Core core, boolean inputSigned) {
        return build(network, core, inputSigned, List.of());
    }

    /**
     * A model whose requantization paths follow the activation ranges of {@code calibrationInputs} (float NHWC
     * inputs, as for {@code Quantizer.quantize}); the input is signed if any of them has a negative value.
     */
    public static NetworkCostModel of(Network network, Core core, List<float[]> calibrationInputs) {
        if (calibrationInputs == null || calibrationInputs.isEmpty()) {
            throw new CostModelException("No calibration inputs were given; pass sample inputs, or use "
                    + "NetworkCostModel.of(network, core, inputSigned) to build the model without them.");
        }
        boolean signed = calibrationInputs.stream().anyMatch(NetworkCostModel::hasNegative);
        return build(network, core, signed, calibrationInputs);
    }

    private static NetworkCostModel build(Network network, Core core, boolean inputSigned, List<float[]> inputs) {
        if (network == null || core == null) {
            throw new CostModelException("A cost model needs a network and a core, got " + network + " and " + core
                    + ".");
        }
        Topology topology = new Topology(Quantizer.prepare(network), inputSigned);
        Coefficients coefficients = Coefficients.load(core);
        return new NetworkCostModel(core, topology, CostTables.build(topology, core, coefficients, inputs),
                coefficients);
    }

    public Core core() {
        return core;
    }

    /** The layers a policy gives bits for (conv, depthwise conv, dense, unfolded batch-norm), in order. */
    public List<String> layers() {
        return topology.policyLayers();
    }

    /** The cost of a policy given as bits per layer name; every layer of {@link #layers()} must be present. */
    public PolicyCost estimate(Map<String, LayerBits> bits) {
        PolicyCheck.requireLayers(layers(), bits);
        List<String> names = layers();
        int[] w = new int[names.size()];
        int[] a = new int[names.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = bits.get(names.get(i)).weightBits();
            a[i] = bits.get(names.get(i)).activationBits();
        }
        return estimate(w, a);
    }

    /** The cost of a policy given as weight and activation bits in the order of {@link #layers()}. */
    public PolicyCost estimate(int[] weightBits, int[] activationBits) {
        PolicyCheck.requireBits(layers(), weightBits, activationBits);
        int n = topology.size();
        int[] bits = new int[n];
        topology.tensorBits(activationBits, bits);
        LayerTable.Entry[] entries = new LayerTable.Entry[n];
        int[] scratch = new int[n];
        int[][] inPlace = new int[n][];
        for (int k = 0; k < n; k++) {
            entries[k] = tables[k].entry(weightBits, bits);
            scratch[k] = entries[k].scratchBytes();
            inPlace[k] = entries[k].inPlaceInputs();
        }
        return total(entries, bits, arena.plan(bits, scratch, inPlace));
    }

    private PolicyCost total(LayerTable.Entry[] entries, int[] bits, ArenaModel.Plan plan) {
        List<LayerCost> layers = new ArrayList<>(entries.length);
        double instructions = 0;
        double cycles = 0;
        double code = 0;
        long constants = 0;
        int calls = 0;
        for (int k = 0; k < entries.length; k++) {
            LayerTable.Entry e = entries[k];
            layers.add(new LayerCost(topology.layer(k).name(), k, e.kind(), e.instructions(), e.cycles(),
                    plan.liveBytes()[k], e.scratchBytes(), e.constantBytes(), e.codeBytes()));
            instructions += e.instructions();
            cycles += e.cycles();
            code += e.codeBytes();
            constants += e.constantBytes();
            calls += e.kind() == KernelKind.NONE ? 0 : 1;
        }
        int outputBytes = (int) (((long) topology.elements(outputStep) * bits[outputStep] + 7) / 8);
        var run = NetworkFeatures.of(calls, outputBytes);
        return new PolicyCost(layers, Math.round(instructions + coefficients.apply(Metric.INSTRUCTIONS, run)),
                Math.round(cycles + coefficients.apply(Metric.CYCLES, run)), plan.arenaBytes(), outputBytes,
                constants, Math.round(code + coefficients.apply(Metric.CODE, run)));
    }

    /** The step of the network's output layer. */
    private static int outputStep(Topology topology) {
        String output = topology.network().outputLayer().name();
        for (int k = topology.size() - 1; k >= 0; k--) {
            if (topology.layer(k).name().equals(output)) {
                return k;
            }
        }
        throw new IllegalStateException("The network has no output layer " + output);
    }

    private static boolean hasNegative(float[] values) {
        for (float v : values) {
            if (v < 0f) {
                return true;
            }
        }
        return false;
    }
}
