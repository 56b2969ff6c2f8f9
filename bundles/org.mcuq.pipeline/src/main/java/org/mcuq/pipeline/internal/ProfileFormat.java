package org.mcuq.pipeline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.ProfiledLayer;

/** The text table and the JSON of a {@link ProfileReport}. */
public final class ProfileFormat {

    private static final String[] HEADER = { "Layer", "Op", "W", "A", "MACs", "Instructions", "Est. cycles",
        "Instr/MAC", "RAM", "Flash" };

    private ProfileFormat() {
    }

    public static String text(ProfileReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ProfiledLayer l : report.layers()) {
            rows.add(new String[] { l.name(), l.op(), l.weightBits().isPresent() ? "" + l.weightBits().getAsInt()
                : "-", "" + l.activationBits(), grouped(l.macs()), grouped(l.instructions()), grouped(l.cycles()),
                perMac(l.instructions(), l.macs()), grouped(l.ramBytes()), grouped(l.flashBytes()) });
        }
        rows.add(new String[] { "Total", "", "", "", grouped(report.totalMacs()), grouped(report.totalInstructions()),
            grouped(report.totalCycles()), perMac(report.totalInstructions(), report.totalMacs()),
            grouped(report.peakRam()), grouped(report.flash()) });
        return header(report) + columns(rows) + footer(report);
    }

    private static String header(ProfileReport report) {
        return String.format(Locale.ROOT, "Profile of %s on %s (%s; cycles estimated by %s)%n",
                report.run().network().network().name(), report.run().board().id(), verdict(report),
                report.model().modelName());
    }

    private static String verdict(ProfileReport report) {
        return report.run().bitExact() ? "bit-exact with the integer reference"
                : "NOT bit-exact: " + report.run().firstMismatch().orElseThrow();
    }

    private static String footer(ProfileReport report) {
        var memory = report.memory();
        return String.format(Locale.ROOT, "RAM per layer: arena bytes live while it runs; total: peak RAM of the"
                + " firmware = static %,d (.data + .bss) + stack high-water %,d.%nFlash per layer: its weights and"
                + " constants; total: the whole firmware image (code included).%nWhole-network region: %,d"
                + " instructions, %,d est. cycles (the layers plus the calls between them and the output copy).",
                memory.staticRam(), report.peakRam() - memory.staticRam(),
                report.run().networkInstructions().orElse(0), report.run().networkCycles().orElse(0));
    }

    public static String json(ProfileReport report) {
        String layers = report.layers().stream().map(ProfileFormat::json).collect(Collectors.joining(",\n    "));
        var memory = report.memory();
        return "{\n  \"network\": " + quote(report.run().network().network().name())
                + ",\n  \"board\": " + quote(report.run().board().id())
                + ",\n  \"cycleModel\": " + quote(report.model().modelName())
                + ",\n  \"bitExact\": " + report.run().bitExact()
                + ",\n  \"layers\": [\n    " + layers + "\n  ],"
                + "\n  \"total\": {\"macs\": " + report.totalMacs() + ", \"instructions\": "
                + report.totalInstructions() + ", \"cycles\": " + report.totalCycles() + ", \"instructionsPerMac\": "
                + ratio(report.totalInstructions(), report.totalMacs()) + ", \"ram\": " + report.peakRam()
                + ", \"flash\": " + report.flash() + "},"
                + "\n  \"firmware\": {\"flashBytes\": " + memory.flashUsed() + ", \"staticRamBytes\": "
                + memory.staticRam() + ", \"stackHighWaterBytes\": " + (report.peakRam() - memory.staticRam())
                + ", \"networkInstructions\": " + report.run().networkInstructions().orElse(0)
                + ", \"networkCycles\": " + report.run().networkCycles().orElse(0) + "}\n}";
    }

    private static String json(ProfiledLayer l) {
        return "{\"name\": " + quote(l.name()) + ", \"op\": " + quote(l.op()) + ", \"weightBits\": "
                + (l.weightBits().isPresent() ? "" + l.weightBits().getAsInt() : "null") + ", \"activationBits\": "
                + l.activationBits() + ", \"macs\": " + l.macs() + ", \"instructions\": " + l.instructions()
                + ", \"cycles\": " + l.cycles() + ", \"instructionsPerMac\": " + ratio(l.instructions(), l.macs())
                + ", \"ram\": " + l.ramBytes() + ", \"flash\": " + l.flashBytes() + "}";
    }

    private static String columns(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        rows.forEach(r -> {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String cell = i < 2 ? pad(row[i], widths[i], false) : pad(row[i], widths[i], true);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }

    private static String perMac(long instructions, long macs) {
        return macs == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) instructions / macs);
    }

    private static String ratio(long instructions, long macs) {
        return macs == 0 ? "null" : String.format(Locale.ROOT, "%.4f", (double) instructions / macs);
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }
}
