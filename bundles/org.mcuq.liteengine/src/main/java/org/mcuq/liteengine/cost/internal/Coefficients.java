package org.mcuq.liteengine.cost.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.mcuq.liteengine.packing.Core;

/**
 * Calibrated cost coefficients of one core: per metric, the cost of one occurrence of each feature key. Stored as
 * {@code <metric>.<feature key>=<value>} in {@code cost-coefficients-<core>.properties} next to this package's
 * API, written by the calibration (docs/contributing.md, "Calibrating the cost model").
 */
public final class Coefficients {

    private final Map<Metric, Map<String, Double>> values;

    public Coefficients(Map<Metric, Map<String, Double>> values) {
        this.values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            this.values.put(m, Map.copyOf(values.getOrDefault(m, Map.of())));
        }
    }

    /** The resource name of a core's coefficients, e.g. {@code cost-coefficients-m4.properties}. */
    public static String resourceName(Core core) {
        String id = core.name().substring(core.name().lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
        return "cost-coefficients-" + id + ".properties";
    }

    /** The coefficients shipped for {@code core}. */
    public static Coefficients load(Core core) {
        String name = "/org/mcuq/liteengine/cost/" + resourceName(core);
        try (InputStream in = Coefficients.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The cost coefficients " + name + " of " + core.displayName()
                        + " are missing from the LiteEngine bundle; run the calibration (docs/contributing.md)");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }

    /** Coefficients from the text of a coefficient file. */
    public static Coefficients parse(String text) {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Metric, Map<String, Double>> values = new EnumMap<>(Metric.class);
        for (String name : properties.stringPropertyNames()) {
            for (Metric m : Metric.values()) {
                if (name.startsWith(m.key() + ".")) {
                    values.computeIfAbsent(m, x -> new HashMap<>()).put(name.substring(m.key().length() + 1),
                            Double.parseDouble(properties.getProperty(name)));
                }
            }
        }
        return new Coefficients(values);
    }

    /** The predicted metric: the sum over the features of count times coefficient (unknown keys count 0). */
    public double apply(Metric metric, Features features) {
        Map<String, Double> c = values.get(metric);
        double sum = 0;
        for (Map.Entry<String, Double> e : features.counts().entrySet()) {
            sum += e.getValue() * c.getOrDefault(e.getKey(), 0.0);
        }
        return sum;
    }

    public Map<String, Double> of(Metric metric) {
        return values.get(metric);
    }
}
