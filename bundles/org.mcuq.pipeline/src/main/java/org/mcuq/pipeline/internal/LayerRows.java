package org.mcuq.pipeline.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.mcuq.boards.BoardException;
import org.mcuq.boards.CycleCounts;
import org.mcuq.boards.RunResult;
import org.mcuq.boards.TargetBoard;
import org.mcuq.liteengine.codegen.GenerationOptions;
import org.mcuq.liteengine.codegen.KernelSelection;
import org.mcuq.liteengine.memory.LayerMemory;
import org.mcuq.liteengine.memory.MemoryPlan;
import org.mcuq.liteengine.memory.MemoryPlanner;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.pipeline.BoardFirmware;
import org.mcuq.pipeline.ProfiledLayer;

/**
 * One row per layer region of a run, joined with the memory plan of the same network. The regions' cost comes
 * from the QEMU profile (exact instructions, estimated cycles) or from the firmware's own DWT measurement on a real
 * board (cycles only; instructions 0, as nothing counts them there).
 */
final class LayerRows {

    private record RegionCost(long instructions, long cycles) {
    }

    private LayerRows() {
    }

    static List<ProfiledLayer> of(QuantizedNetwork network, RunResult run, TargetBoard board) {
        Map<Integer, RegionCost> costs = costs(run);
        KernelSelection kernels = KernelSelection.select(network, BoardFirmware.core(board.core()),
                GenerationOptions.defaults());
        MemoryPlan plan = MemoryPlanner.plan(network, kernels);
        List<ProfiledLayer> rows = new ArrayList<>();
        List<QuantizedLayer> all = network.layers();
        for (int step = 0; step < all.size(); step++) {
            RegionCost cost = costs.get(GenerationOptions.defaults().regionBase() + step);
            if (cost != null) {
                rows.add(row(network, all.get(step), cost, plan.layers().get(step)));
            }
        }
        return rows;
    }

    private static Map<Integer, RegionCost> costs(RunResult run) {
        Map<Integer, RegionCost> costs = new HashMap<>();
        if (run.profile().isPresent()) {
            run.profile().get().regions().forEach((id, r) -> costs.put(id,
                    new RegionCost(r.totalInstructions(), r.totalCycles())));
            return costs;
        }
        CycleCounts cycles = run.requireCycles();
        if (!cycles.counting()) {
            throw new BoardException("The DWT cycle counter did not run on " + run.board().id() + " (the firmware"
                    + " printed '@mcuq cycles-counter none'), so there are no cycles to profile: the core has no"
                    + " cycle counter (Cortex-M0/M0+) or a debugger disabled it. Run it without a debugger"
                    + " session attached, or profile on a QEMU board instead.");
        }
        cycles.regions().forEach((id, r) -> costs.put(id, new RegionCost(0, r.cycles())));
        return costs;
    }

    private static ProfiledLayer row(QuantizedNetwork network, QuantizedLayer layer, RegionCost cost,
            LayerMemory memory) {
        OptionalInt weightBits = layer instanceof QuantizedWeightedLayer weighted
                ? OptionalInt.of(weighted.weightBits()) : OptionalInt.empty();
        return new ProfiledLayer(layer.name(), layer.source().op().name(), weightBits, layer.output().bits(),
                network.network().macs(layer.name()), cost.instructions(), cost.cycles(), memory.liveBytes(),
                memory.constantBytes());
    }
}
