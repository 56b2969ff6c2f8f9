package org.mcuq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.QemuRunner;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.Toolchain;
import org.mcuq.pipeline.internal.MakeBuild;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * mcuq generate/run/profile with a real board ({@code openocd:...}), without hardware: the profile is read from an
 * OpenOCD transcript made of the firmware's real console on QEMU (netduinoplus2 has the Nucleo-F4's memory map at
 * the same addresses) with hand-written DWT cycle figures in place of QEMU's zeros (QEMU has no DWT->CYCCNT).
 */
class RealBoardCommandTest {

    private static final String NUCLEO = "openocd:board/st_nucleo_f4.cfg";
    /** Hand-written DWT figures per region (the example of docs/profiler.md); 32767 is the whole network. */
    private static final Map<Integer, Long> CYCLES = Map.of(32767, 1_523_402L, 1, 689_213L, 2, 31_877L, 3, 626_045L,
            4, 10_412L, 6, 105_116L, 7, 24_120L, 8, 3_034L);

    @TempDir
    static Path dir;

    private static Path project;
    private static CliRun generation;
    private static Path transcript;

    @BeforeAll
    static void generateBuildAndRecord() throws Exception {
        project = dir.resolve("lenet-nucleo");
        generation = CliRun.mcuq("generate", CliRun.model(), "--bits", "8,8", "--board", NUCLEO, "--out",
                project.toString());
        Path elf = MakeBuild.build(project, Toolchain.fromEnvironment());
        Path work = dir.resolve("qemu");
        new QemuRunner(Toolchain.fromEnvironment()).run(elf, Board.QEMU_STM32F405,
                RunOptions.defaults().withWorkDirectory(work)).requireExitCode(0);
        String console = Files.readString(work.resolve("console.txt"))
                .replace("@mcuq cycles-counter none", "@mcuq cycles-counter dwt 11");
        for (Map.Entry<Integer, Long> region : CYCLES.entrySet()) {
            console = console.replace("@mcuq cycles " + region.getKey() + " 1 0\n",
                    "@mcuq cycles " + region.getKey() + " 1 " + region.getValue() + "\n");
        }
        System.out.println("transcript:\n" + console);
        transcript = Files.writeString(dir.resolve("openocd-stdout.txt"), console);
    }

    @Test
    void generateForARealBoardNamesItInTheNextStep() {
        assertEquals(0, generation.exitCode(), generation::toString);
        assertTrue(generation.out().contains("cortex-m4f (" + NUCLEO + ")"), generation::toString);
        assertTrue(generation.out().contains("next: mcuq run " + project + " --board " + NUCLEO), generation::toString);
    }

    @Test
    void profileReadsATranscriptIntoTheTableAndJsonWithMeasuredCycles() throws Exception {
        Path json = dir.resolve("profile.json");
        CliRun run = CliRun.mcuq("profile", project.toString(), "--board", NUCLEO, "--transcript",
                transcript.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("bit-exact with the integer reference; cycles measured by the board's DWT"),
                run::toString);
        String conv2 = run.out().lines().filter(l -> l.startsWith("conv2 ")).findFirst().orElseThrow();
        assertTrue(conv2.matches("conv2\\s+CONV2D\\s+8\\s+8\\s+240,000\\s+-\\s+626,045\\s+-\\s.*"), conv2);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("dwt", root.get("cycleSource").asText());
        assertEquals(689_213, root.get("layers").get(0).get("cycles").asLong());
        assertTrue(root.get("layers").get(0).get("instructions").isNull());
    }

    @Test
    void runReadsATranscriptAndSaysTheCyclesWereMeasured() {
        CliRun run = CliRun.mcuq("run", project.toString(), "--board", NUCLEO, "--transcript", transcript.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("bit-exact: yes"), run::toString);
        assertTrue(run.out().contains("1,523,402 cycles measured by the DWT cycle counter"), run::toString);
        assertTrue(run.out().contains("read from the recorded transcript"), run::toString);
    }

    @Test
    void boardMistakesAreUsageErrors() {
        CliRun transcriptOnQemu = CliRun.mcuq("run", project.toString(), "--board", "qemu-m4", "--transcript",
                transcript.toString());
        assertEquals(2, transcriptOnQemu.exitCode(), transcriptOnQemu::toString);
        assertTrue(transcriptOnQemu.err().contains("board qemu-m4 is emulated"), transcriptOnQemu::toString);
        CliRun unknown = CliRun.mcuq("profile", project.toString(), "--board", "openocd:board/mine.cfg");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("openocd:board/mine.cfg,core=m4,flash=512K"), unknown::toString);
        CliRun coreMismatch = CliRun.mcuq("generate", CliRun.model(), "--bits", "8,8", "--core", "m7", "--board",
                NUCLEO, "--out", dir.resolve("x").toString());
        assertEquals(2, coreMismatch.exitCode(), coreMismatch::toString);
        assertTrue(coreMismatch.err().contains("--core m7 does not match board " + NUCLEO), coreMismatch::toString);
    }
}
