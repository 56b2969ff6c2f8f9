package org.mcuq.boards;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Per-region instruction counts and cycle estimates of one profiled run.
 *
 * @param model the cycle model the estimates follow
 * @param regions regions that were entered, by index
 * @param outside instructions executed while no region was open (startup, main's own code, exit)
 */
public record Profile(CycleModel model, Map<Integer, RegionProfile> regions, Counts outside) {

    public Profile {
        regions = Map.copyOf(regions);
    }

    /** The region's profile; the error lists the regions that were seen. */
    public RegionProfile region(int id) {
        RegionProfile region = regions.get(id);
        if (region == null) {
            throw new BoardException("Region " + id + " was never entered; regions seen: "
                    + new TreeMap<>(regions).keySet() + ". Check the firmware's mcuq_mark calls.");
        }
        return region;
    }

    /** The whole-network region, if the firmware marked it. */
    public Optional<RegionProfile> network() {
        return Optional.ofNullable(regions.get(Markers.NETWORK));
    }

    /** Instructions executed in the whole run (regions and outside), marker code excluded. */
    public long totalInstructions() {
        return outside.instructions() + regions.values().stream().mapToLong(r -> r.self().instructions()).sum();
    }

    /** A table of the regions with the model's name and assumptions. */
    public String describe() {
        String rows = new TreeMap<>(regions).values().stream()
                .map(r -> String.format("  %-14s entries %,6d  instructions %,14d  est. cycles %,14d (self %,d / %,d)",
                        r.label(), r.entries(), r.totalInstructions(), r.totalCycles(),
                        r.self().instructions(), r.self().cycles()))
                .collect(Collectors.joining("\n"));
        return model.describe() + "\n" + rows + (rows.isEmpty() ? "" : "\n")
                + String.format("  %-14s instructions %,14d  est. cycles %,14d", "outside", outside.instructions(),
                        outside.cycles());
    }
}
