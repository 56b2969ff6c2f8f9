package org.mcuq.liteengine.packing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanTableWriterTest {
    private static final Path COMMITTED = Path.of("../../docs/packing-plans.md");

    @Test
    void writesOneRowPerBitWidthPairCoreAndActivationType(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub/plans.md");
        PlanTableWriter.main(new String[] { out.toString() });

        String text = Files.readString(out, StandardCharsets.UTF_8);
        long rows = text.lines().filter(line -> line.matches("\\| [1-8] \\| [1-8] \\|.*")).count();
        assertEquals(8 * 8 * Core.values().length * ActivationType.values().length, rows);
        String m3FourByFour = "| 4 | 4 | " + PackingPlanner.plan(4, 4, Core.CORTEX_M3).kind() + " |";
        assertTrue(text.contains(m3FourByFour), m3FourByFour);
    }

    @Test
    void committedTableIsUpToDate() throws IOException {
        assertTrue(Files.exists(COMMITTED), "missing " + COMMITTED.toAbsolutePath());
        assertEquals(PlanTableWriter.render(), Files.readString(COMMITTED, StandardCharsets.UTF_8),
                "docs/packing-plans.md is stale: regenerate it with PlanTableWriter (see its header)");
    }
}
