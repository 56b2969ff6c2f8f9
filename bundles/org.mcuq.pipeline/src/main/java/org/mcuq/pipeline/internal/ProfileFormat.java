package org.mcuq.pipeline.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.mcuq.ir.text.TextColumns;
import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.ProfiledLayer;

/**
 * The text table of a {@link ProfileReport}. On a real board the cycles are measured (DWT) and the instructions
 * are not counted: '-' in their columns.
 */
public final class ProfileFormat {

    private static final String[] HEADER = { "Layer", "Op", "W", "A", "MACs", "Instructions", "Est. cycles",
        "Instr/MAC", "RAM", "Flash" };
    private static final int CYCLES_COLUMN = 6;
    private static final String NONE = "-";

    private ProfileFormat() {
    }

    public static String text(ProfileReport report) {
        boolean counted = report.instructionsCounted();
        List<String[]> rows = new ArrayList<>();
        String[] header = HEADER.clone();
        header[CYCLES_COLUMN] = counted ? "Est. cycles" : "DWT cycles";
        rows.add(header);
        for (ProfiledLayer l : report.layers()) {
            rows.add(new String[] { l.name(), l.op(), l.weightBits().isPresent() ? "" + l.weightBits().getAsInt()
                : NONE, "" + l.activationBits(), grouped(l.macs()), counted ? grouped(l.instructions()) : NONE,
                grouped(l.cycles()), counted ? perMac(l.instructions(), l.macs()) : NONE, grouped(l.ramBytes()),
                grouped(l.flashBytes()) });
        }
        rows.add(new String[] { "Total", "", "", "", grouped(report.totalMacs()),
            counted ? grouped(report.totalInstructions()) : NONE, grouped(report.totalCycles()),
            counted ? perMac(report.totalInstructions(), report.totalMacs()) : NONE, grouped(report.peakRam()),
            grouped(report.flash()) });
        return header(report) + columns(rows) + footer(report);
    }

    private static String header(ProfileReport report) {
        String cycles = report.model().map(m -> "cycles estimated by " + m.modelName())
                .orElse("cycles measured by the board's DWT cycle counter; instructions are not counted on real"
                        + " hardware");
        return String.format(Locale.ROOT, "Profile of %s on %s (%s; %s)%n",
                report.run().network().network().name(), report.run().board().id(), verdict(report), cycles);
    }

    private static String verdict(ProfileReport report) {
        return report.run().bitExact() ? "bit-exact with the integer reference"
                : "NOT bit-exact: " + report.run().firstMismatch().orElseThrow();
    }

    private static String footer(ProfileReport report) {
        var memory = report.memory();
        String network = report.instructionsCounted() ? String.format(Locale.ROOT, "%,d instructions, %,d est."
                + " cycles", report.run().networkInstructions().orElse(0), report.run().networkCycles().orElse(0))
                : String.format(Locale.ROOT, "%,d DWT cycles", report.run().networkCycles().orElse(0));
        return String.format(Locale.ROOT, "RAM per layer: arena bytes live while it runs; total: peak RAM of the"
                + " firmware = static %,d (.data + .bss) + stack high-water %,d.%nFlash per layer: its weights and"
                + " constants; total: the whole firmware image (code included).%nWhole-network region: %s (the"
                + " layers plus the calls between them and the output copy).", memory.staticRam(),
                report.peakRam() - memory.staticRam(), network);
    }

    /** Name and op left-aligned, the numbers right-aligned. */
    private static String columns(List<String[]> rows) {
        boolean[] rightAligned = new boolean[HEADER.length];
        Arrays.fill(rightAligned, 2, HEADER.length, true);
        TextColumns columns = new TextColumns(rightAligned);
        rows.forEach(columns::add);
        return columns.format();
    }

    private static String perMac(long instructions, long macs) {
        return macs == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) instructions / macs);
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
