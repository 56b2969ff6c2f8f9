package org.mcuq.liteengine.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mcuq.liteengine.cost.internal.KernelSetup;

/** Writes calibration samples as JSON lines (setup, measured values, features) for offline analysis. */
final class SampleDump {

    private SampleDump() {
    }

    static void write(java.nio.file.Path file, List<CalibrationSample> samples) {
        List<String> lines = new ArrayList<>();
        for (CalibrationSample s : samples) {
            String features = s.features().counts().entrySet().stream()
                    .map(e -> quote(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(","));
            String measured = s.measured().entrySet().stream().map(e -> quote(e.getKey().key()) + ":" + e.getValue())
                    .collect(Collectors.joining(","));
            String code = s.codeFeatures().counts().entrySet().stream()
                    .map(e -> quote(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(","));
            lines.add("{\"net\":" + quote(s.network()) + ",\"step\":" + s.step() + ",\"kind\":" + quote(s.kind())
                    + ",\"desc\":" + quote(s.description()) + ",\"y\":{" + measured + "},\"x\":{" + features
                    + "},\"c\":{" + code + "}}");
        }
        CalibrationSet.writeLines(file, lines);
    }

    static String describe(KernelSetup s) {
        return String.format(Locale.ROOT, "%s %s -> %s w%d in %s out %s %s %s", s.layer().op(), s.inputShapes(),
                s.outputShape(), s.weightBits(), s.inputs().stream().map(f -> f.tag()).toList(), s.output().tag(),
                s.requantTag(), s.plan().map(p -> p.kind() + "/n" + p.operandsPerMultiply() + "/T"
                        + p.maxAccumulations() + "/" + p.extraction() + "/" + p.signHandling()).orElse(""));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
