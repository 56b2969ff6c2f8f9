package org.mcuq.liteengine.cost;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mcuq.liteengine.cost.internal.Metric;

/**
 * Measured cost of every layer with code of a profiled workload, by network name and step; saved as lines
 * {@code <network> <step> <instructions> <cycles> <code bytes>}.
 */
final class MeasuredLayers {

    private final Map<String, Map<Metric, Double>> values = new HashMap<>();

    private static String key(String network, int step) {
        return network + " " + step;
    }

    /** Each layer's region and object, and as step -1 the run function: network region less its layers. */
    static MeasuredLayers of(ProfiledFirmware firmware, Measurements run) {
        MeasuredLayers measured = new MeasuredLayers();
        for (ProfiledFirmware.Entry e : firmware.entries()) {
            String name = e.network().network().name();
            double instructions = run.instructions(e.networkRegion());
            double cycles = run.cycles(e.networkRegion());
            for (int step = 1; step < e.network().layers().size(); step++) {
                int region = e.layerRegion(step);
                if (run.entered(region)) {
                    Map<Metric, Double> v = values(run.instructions(region), run.cycles(region),
                            run.layerObject(e.prefix(), step).code());
                    measured.values.put(key(name, step), v);
                    instructions -= v.get(Metric.INSTRUCTIONS);
                    cycles -= v.get(Metric.CYCLES);
                }
            }
            measured.values.put(key(name, -1), values(instructions, cycles, run.networkObject(e.prefix()).code()));
        }
        return measured;
    }

    private static Map<Metric, Double> values(double instructions, double cycles, double code) {
        Map<Metric, Double> v = new EnumMap<>(Metric.class);
        v.put(Metric.INSTRUCTIONS, instructions);
        v.put(Metric.CYCLES, cycles);
        v.put(Metric.CODE, code);
        return v;
    }

    int size() {
        return values.size();
    }

    void addAll(MeasuredLayers other) {
        values.putAll(other.values);
    }

    Optional<Map<Metric, Double>> get(String network, int step) {
        return Optional.ofNullable(values.get(key(network, step)));
    }

    void write(Path file) {
        List<String> lines = new ArrayList<>();
        values.forEach((k, v) -> lines.add(k + " " + v.get(Metric.INSTRUCTIONS).longValue() + " "
                + v.get(Metric.CYCLES).longValue() + " " + v.get(Metric.CODE).longValue()));
        CalibrationSet.writeLines(file, lines);
    }

    static MeasuredLayers read(Path file) {
        MeasuredLayers measured = new MeasuredLayers();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(" ");
                measured.values.put(key(f[0], Integer.parseInt(f[1])), values(Double.parseDouble(f[2]),
                        Double.parseDouble(f[3]), Double.parseDouble(f[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the measurements " + file, e);
        }
        return measured;
    }
}
