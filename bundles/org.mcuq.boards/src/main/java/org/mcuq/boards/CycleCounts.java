package org.mcuq.boards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-region cycles a firmware built with the cycle-counting marker ({@code mcuq_cycles.c}) measured itself with
 * the DWT cycle counter and printed after main returned:
 * <pre>
 * &#64;mcuq cycles-counter dwt OVERHEAD | &#64;mcuq cycles-counter none
 * &#64;mcuq cycles REGION ENTRIES CYCLES
 * &#64;mcuq cycles-end ERRORS
 * </pre>
 *
 * @param counting       whether the counter ran (false under QEMU, which does not emulate it)
 * @param overheadCycles cycles of an empty region, already subtracted from every entry
 * @param regions        measured regions by index
 */
public record CycleCounts(boolean counting, long overheadCycles, Map<Integer, RegionCycles> regions) {

    /** Cycles of one region, nested regions included, summed over its entries. */
    public record RegionCycles(int region, long entries, long cycles) {
    }

    private static final String PREFIX = "@mcuq cycles";

    public CycleCounts {
        regions = Map.copyOf(regions);
    }

    /** Whether a console line belongs to this report (the rest is the firmware's own text). */
    public static boolean isRecord(String line) {
        return line.startsWith(PREFIX);
    }

    /**
     * Reads the records from console lines.
     *
     * @throws BoardException if the report is missing or cut short, malformed, or the markers were misused
     */
    public static CycleCounts parse(List<String> console, String source) {
        Boolean counting = null;
        long overhead = 0;
        Map<Integer, RegionCycles> regions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        boolean ended = false;
        for (String line : console) {
            String[] f = line.trim().split("\\s+");
            try {
                switch (f[0].equals("@mcuq") && f.length > 1 ? f[1] : "") {
                    case "cycles-counter" -> {
                        counting = f[2].equals("dwt");
                        overhead = counting ? Long.parseLong(f[3]) : 0;
                    }
                    case "cycles" -> regions.put(Integer.parseInt(f[2]), new RegionCycles(Integer.parseInt(f[2]),
                            Long.parseLong(f[3]), Long.parseLong(f[4])));
                    case "cycles-end" -> {
                        ended = true;
                        if (Long.parseLong(f[2]) != 0) {
                            problems.add(f[2] + " marker errors (unbalanced or too deeply nested regions)");
                        }
                    }
                    default -> { }
                }
            } catch (RuntimeException e) {
                problems.add("malformed line '" + line + "'");
            }
        }
        if (counting == null || !ended) {
            throw new BoardException("The cycle report in " + source + " is " + (counting == null ? "missing" : "cut"
                    + " short") + ": build the firmware with the cycle-counting marker (mcuq_cycles.c, "
                    + "FirmwareBuilder.cycleCounter(true)) and let main return.");
        }
        if (!problems.isEmpty()) {
            throw new BoardException("The cycle report in " + source + " is unusable: " + String.join("; ", problems));
        }
        return new CycleCounts(counting, overhead, regions);
    }

    /** The region's cycles; the error lists the regions measured. */
    public RegionCycles region(int id) {
        RegionCycles region = regions.get(id);
        if (region == null) {
            throw new BoardException("Region " + id + " was never measured; regions: " + regions.keySet());
        }
        return region;
    }
}
