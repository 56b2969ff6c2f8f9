package org.mcuq.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.Toolchain;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.pipeline.Progress;

/**
 * A tiny bench (fully connected 1024->128 at W4A4 on qemu-m4, no networks): the report and the CSV files are
 * well-formed and the speedups are the ratios of the measured cycles.
 */
class BenchSubsetTest {

    @TempDir
    static Path out;

    private static BenchReport report;

    @BeforeAll
    static void runTinyBench() throws Exception {
        BenchOptions options = BenchOptions.of(true, out, Optional.empty(), Optional.empty())
                .with(List.of(BenchLayer.DENSE), List.of(Board.QEMU_M4), List.of(new LayerBits(4, 4)));
        report = new Bench(Toolchain.fromEnvironment(), Progress.SILENT).run(options);
        System.out.println(Files.readString(out.resolve(BenchFiles.REPORT)));
    }

    @Test
    void theKernelCsvHasOneRowPerMeasurementWithRatiosOfTheMeasuredCycles() throws Exception {
        assertTrue(report.failures().isEmpty(), report.failures()::toString);
        List<String> lines = Files.readAllLines(out.resolve(BenchFiles.KERNELS));
        assertEquals(BenchFiles.KERNELS_HEADER, lines.get(0));
        assertEquals(4, lines.size(), "header, int8, naive, LiteEngine W4A4");
        int columns = BenchFiles.KERNELS_HEADER.split(",").length;
        Map<String, String[]> byEngine = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = splitCsv(line);
            assertEquals(columns, cells.length, line);
            byEngine.put(cells[2], cells);
            assertEquals(Long.toString(BenchLayer.DENSE.macs()), cells[5]);
        }
        String[] engine = byEngine.get("LiteEngine");
        long int8Cycles = Long.parseLong(byEngine.get("int8 im2col+SMLAD")[7]);
        long naiveCycles = Long.parseLong(byEngine.get("naive C int8")[7]);
        long cycles = Long.parseLong(engine[7]);
        assertEquals((double) int8Cycles / cycles, Double.parseDouble(engine[10]), 1e-4);
        assertEquals((double) naiveCycles / cycles, Double.parseDouble(engine[11]), 1e-4);
        assertEquals((double) Long.parseLong(engine[6]) / BenchLayer.DENSE.macs(), Double.parseDouble(engine[8]),
                1e-4);
        assertTrue(naiveCycles > int8Cycles, "the int8 kernel beats naive C: " + int8Cycles + " vs " + naiveCycles);
    }

    @Test
    void theReportListsTheTargetsAndTheKernelTable() throws Exception {
        String md = Files.readString(out.resolve(BenchFiles.REPORT));
        assertTrue(md.startsWith("# MCUQ benchmark"), md);
        assertTrue(md.contains("## Targets") && md.contains("not measured"), md);
        assertTrue(md.contains("## Kernels on qemu-m4") && md.contains("| fully connected 1024->128 | LiteEngine | 4/4 |"),
                md);
        assertEquals(List.of(BenchFiles.NETWORKS_HEADER), Files.readAllLines(out.resolve(BenchFiles.NETWORKS)));
    }

    /** Splits one CSV line; quoted cells may hold commas. */
    private static String[] splitCsv(String line) {
        return line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
    }
}
