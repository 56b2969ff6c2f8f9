package org.mcuq.liteengine.cost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.mcuq.boards.Board;
import org.mcuq.liteengine.cost.internal.Coefficients;
import org.mcuq.liteengine.cost.internal.Metric;

/**
 * Calibrates the cost model's coefficients on emulated boards and writes them into the LiteEngine bundle's
 * resources (docs/contributing.md, "Calibrating the cost model"). For each board: random networks at random
 * per-layer bit widths are generated, built into a few firmware images and profiled on QEMU; each layer's exact
 * instruction count, estimated cycles and code bytes are fitted to its features by ridge least squares. The fit
 * is first checked on held-out networks (every fifth) and then redone on all of them.
 *
 * <p>Arguments: board ids (default {@code qemu-m4 qemu-m3 qemu-m7}). System properties: {@code cost.networks}
 * (random chains per board, default 120; the residual, LeNet-like and MobileNet-like
 * families get half as many each), {@code cost.output} (folder of the coefficient files, default the
 * bundle's {@code src/main/resources/org/mcuq/liteengine/cost} found from the working directory),
 * {@code cost.measurements} (a file prefix: measurements are saved to {@code <prefix>-<board>.txt} and reused
 * while that file exists, to refit changed features without rebuilding the firmware), {@code cost.dump} (a file
 * prefix: every sample's features and measurements as JSON lines in {@code <prefix>-<board>.jsonl}).
 */
public final class CostCalibration {

    private static final int HOLD_OUT = 5;
    private static final int MIN_INSTRUCTIONS = 150;

    private CostCalibration() {
    }

    public static void main(String[] args) throws IOException {
        List<String> ids = args.length == 0 ? List.of("qemu-m4", "qemu-m3", "qemu-m7") : List.of(args);
        int networks = Integer.getInteger("cost.networks", 120);
        Path output = outputFolder();
        for (String id : ids) {
            calibrate(Board.byId(id), networks, output);
        }
    }

    private static void calibrate(Board board, int networks, Path output) throws IOException {
        Path work = Files.createTempDirectory("mcuq-cost-" + board.id());
        long start = System.nanoTime();
        String cache = System.getProperty("cost.measurements");
        List<CalibrationSample> samples = CalibrationSet.measure(board, work, CalibrationSet.cases(networks),
                cache == null ? null : Path.of(cache + "-" + board.id() + ".txt"));
        deleteTree(work);
        System.out.printf("%s: %d layers measured in %.0f s%n", board, samples.size(),
                (System.nanoTime() - start) / 1e9);
        report(samples);
        String dump = System.getProperty("cost.dump");
        if (dump != null) {
            SampleDump.write(Path.of(dump + "-" + board.id() + ".jsonl"), samples);
        }
        Path file = output.resolve(Coefficients.resourceName(BoardCores.core(board)));
        Path temporary = Files.createTempFile(output, ".cost-coefficients", ".tmp");
        Files.writeString(temporary, render(board, fit(samples, s -> true), samples.size()),
                StandardCharsets.ISO_8859_1);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Wrote " + file);
    }

    private static void report(List<CalibrationSample> samples) {
        Predicate<CalibrationSample> held = s -> Integer.parseInt(s.network().replaceAll("\\D", "")) % HOLD_OUT == 0;
        Coefficients train = fit(samples, held.negate());
        List<CalibrationSample> test = samples.stream().filter(held).filter(CostCalibration::fitted).toList();
        for (Metric m : Metric.values()) {
            System.out.print(FitReport.describe("held-out networks", train, m, test));
        }
    }

    /**
     * Fits every metric on the samples that {@code use} accepts, leaving out kernels of fewer than
     * {@value #MIN_INSTRUCTIONS} instructions: tiny layers the compiler folds to a few instructions say nothing
     * about the loops the features count.
     */
    static Coefficients fit(List<CalibrationSample> samples, Predicate<CalibrationSample> use) {
        Map<Metric, Map<String, Double>> values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            List<RidgeFit.Row> rows = new ArrayList<>();
            samples.stream().filter(use).filter(CostCalibration::fitted)
                    .forEach(s -> rows.add(new RidgeFit.Row(s.features(m).counts(), s.value(m))));
            values.put(m, RidgeFit.fit(rows));
        }
        return new Coefficients(values);
    }

    /** Kernels of at least {@value #MIN_INSTRUCTIONS} instructions, and every run function. */
    private static boolean fitted(CalibrationSample s) {
        return s.kind().equals(CalibrationSample.RUN) || s.value(Metric.INSTRUCTIONS) >= MIN_INSTRUCTIONS;
    }

    private static String render(Board board, Coefficients c, int layers) {
        StringBuilder text = new StringBuilder("# LiteEngine cost model coefficients for " + board + ", calibrated "
                + LocalDate.now() + " on " + layers + " layers.\n# Regenerate with CostCalibration"
                + " (docs/contributing.md); do not edit by hand.\n");
        for (Metric m : Metric.values()) {
            new TreeMap<>(c.of(m)).forEach((key, value) -> text.append(m.key()).append('.').append(key).append('=')
                    .append(String.format(Locale.ROOT, "%.6g", value)).append('\n'));
        }
        return text.toString();
    }

    /** The firmware images of a board take a few hundred MB; only the measurements are kept. */
    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The bundle's resource folder, found from the working directory (repository root or a module). */
    private static Path outputFolder() {
        String given = System.getProperty("cost.output");
        if (given != null) {
            return Path.of(given);
        }
        Path relative = Path.of("bundles/org.mcuq.liteengine/src/main/resources/org/mcuq/liteengine/cost");
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("Cannot find " + relative + " above " + Path.of("").toAbsolutePath()
                + "; run from the repository or set -Dcost.output=<folder>");
    }
}
