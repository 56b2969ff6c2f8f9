package org.mcuq.pipeline.internal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.mcuq.ir.text.Json;
import org.mcuq.pipeline.ProfileReport;
import org.mcuq.pipeline.ProfiledLayer;

/** The JSON of a {@link ProfileReport}; instructions that were not counted (real boards) are null. */
public final class ProfileJson {

    private ProfileJson() {
    }

    public static String of(ProfileReport report) {
        boolean counted = report.instructionsCounted();
        String layers = report.layers().stream().map(l -> json(l, counted))
                .collect(Collectors.joining(",\n    "));
        var memory = report.memory();
        return "{\n  \"network\": " + Json.quote(report.run().network().network().name())
                + ",\n  \"board\": " + Json.quote(report.run().board().id())
                + ",\n  \"cycleModel\": " + report.model().map(m -> Json.quote(m.modelName())).orElse("null")
                + ",\n  \"cycleSource\": " + Json.quote(counted ? "estimated" : "dwt")
                + ",\n  \"bitExact\": " + report.run().bitExact()
                + ",\n  \"layers\": [\n    " + layers + "\n  ],"
                + "\n  \"total\": {\"macs\": " + report.totalMacs() + ", \"instructions\": "
                + counted(counted, report.totalInstructions()) + ", \"cycles\": " + report.totalCycles()
                + ", \"instructionsPerMac\": " + (counted ? ratio(report.totalInstructions(), report.totalMacs())
                : "null") + ", \"ram\": " + report.peakRam() + ", \"flash\": " + report.flash() + "},"
                + "\n  \"firmware\": {\"flashBytes\": " + memory.flashUsed() + ", \"staticRamBytes\": "
                + memory.staticRam() + ", \"stackHighWaterBytes\": " + (report.peakRam() - memory.staticRam())
                + ", \"networkInstructions\": " + counted(counted, report.run().networkInstructions().orElse(0))
                + ", \"networkCycles\": " + report.run().networkCycles().orElse(0) + "}\n}";
    }

    private static String json(ProfiledLayer l, boolean counted) {
        return "{\"name\": " + Json.quote(l.name()) + ", \"op\": " + Json.quote(l.op()) + ", \"weightBits\": "
                + (l.weightBits().isPresent() ? "" + l.weightBits().getAsInt() : "null") + ", \"activationBits\": "
                + l.activationBits() + ", \"macs\": " + l.macs() + ", \"instructions\": "
                + counted(counted, l.instructions()) + ", \"cycles\": " + l.cycles() + ", \"instructionsPerMac\": "
                + (counted ? ratio(l.instructions(), l.macs()) : "null") + ", \"ram\": " + l.ramBytes()
                + ", \"flash\": " + l.flashBytes() + "}";
    }

    private static String counted(boolean counted, long instructions) {
        return counted ? Long.toString(instructions) : "null";
    }

    private static String ratio(long instructions, long macs) {
        return macs == 0 ? "null" : String.format(Locale.ROOT, "%.4f", (double) instructions / macs);
    }
}
