package org.mcuq.boards;

/**
 * What one marked region executed, summed over all its entries.
 *
 * @param id region index (0..{@link Markers#MAX_REGION}, or {@link Markers#NETWORK})
 * @param entries how many times the region began
 * @param self instructions executed while this region was the innermost open one
 * @param totalInstructions instructions from its begin to its end marker, nested regions included
 * @param totalCycles estimated cycles from its begin to its end marker, nested regions included
 */
public record RegionProfile(int id, long entries, Counts self, long totalInstructions, long totalCycles) {

    public String label() {
        return id == Markers.NETWORK ? "network" : "region " + id;
    }
}
