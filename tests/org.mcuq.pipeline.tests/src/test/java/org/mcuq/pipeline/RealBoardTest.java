package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.CycleCounts;
import org.mcuq.boards.Markers;
import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.QemuRunner;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.Toolchain;
import org.mcuq.pipeline.internal.MakeBuild;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Real boards without hardware, up to the OpenOCD process: generation for the board's memory map with the DWT
 * cycle-counting kit, the missing-OpenOCD error before anything is built, and the profile table read from an OpenOCD
 * transcript. The transcript is the firmware's real console from QEMU (netduinoplus2 maps flash and RAM where the
 * Nucleo-F4 has them, so the very image runs there), whose "@mcuq cycles" lines QEMU fills with zeros because it
 * does not emulate DWT->CYCCNT; the test writes in the cycle figures a board would print.
 */
class RealBoardTest {

    private static final OpenOcdBoard NUCLEO = OpenOcdBoard.parse("openocd:board/st_nucleo_f4.cfg");
    private static final Pattern REGION = Pattern.compile("@mcuq cycles (\\d+) (\\d+) 0");

    @TempDir
    static Path dir;

    private static Path qemuProject;
    private static Path boardProject;
    private static Path transcript;
    private static String qemuConsole;

    @BeforeAll
    static void generateBuildAndRecord() throws Exception {
        Pipeline pipeline = Pipeline.create(new RecordingProgress());
        qemuProject = dir.resolve("lenet-qemu");
        pipeline.generate(Example.model(), Precision.uniform(8, 8), Board.QEMU_M4, Optional.empty(), qemuProject,
                false);
        boardProject = dir.resolve("lenet-nucleo");
        pipeline.generate(Example.model(), Precision.uniform(8, 8), NUCLEO, Optional.empty(), boardProject, false);
        Path elf = MakeBuild.build(boardProject, Toolchain.fromEnvironment());
        Path work = dir.resolve("qemu-run");
        new QemuRunner(Toolchain.fromEnvironment()).run(elf, Board.QEMU_STM32F405,
                RunOptions.defaults().withWorkDirectory(work)).requireExitCode(0);
        qemuConsole = Files.readString(work.resolve("console.txt"));
        transcript = dir.resolve("nucleo-stdout.txt");
        Files.writeString(transcript, withBoardCycles(qemuConsole));
    }

    @Test
    void aProjectForTheBoardLinksToItsFlashAndRamAndRunsThroughOpenOcd() throws Exception {
        String script = Files.readString(boardProject.resolve("mcuq.ld"));
        assertTrue(script.contains("FLASH (rx)  : ORIGIN = 0x08000000, LENGTH = 0x00080000"), script);
        assertTrue(script.contains("RAM   (rwx) : ORIGIN = 0x20000000, LENGTH = 0x00018000"), script);
        assertTrue(Files.exists(boardProject.resolve("mcuq_cycles.c")));
        assertFalse(Files.exists(boardProject.resolve("mcuq_mark.c")), "only one marker may be in the project");
        String makefile = Files.readString(boardProject.resolve("Makefile"));
        assertTrue(makefile.contains("\topenocd -f board/st_nucleo_f4.cfg -c \"program {firmware.elf} verify\" -c"
                + " \"reset halt\" -c \"arm semihosting enable\" -c resume\n"), makefile);
        assertEquals(NUCLEO, ProjectSpec.read(boardProject).board());
    }

    @Test
    void aCustomBoardsMemoryIsRecordedAndLinked() throws Exception {
        OpenOcdBoard custom = OpenOcdBoard.parse("openocd:my_board.cfg,core=m4,flash=256K,ram=64K,"
                + "flash-origin=0x08004000");
        Path project = dir.resolve("custom");
        Pipeline.create(Progress.SILENT).generate(Example.model(), Precision.uniform(8, 8), custom, Optional.empty(),
                project, false);
        String script = Files.readString(project.resolve("mcuq.ld"));
        assertTrue(script.contains("ORIGIN = 0x08004000, LENGTH = 0x00040000"), script);
        assertTrue(script.contains("ORIGIN = 0x20000000, LENGTH = 0x00010000"), script);
        assertEquals(custom, ProjectSpec.read(project).board());
    }

    @Test
    void theCycleCountingFirmwareReportsEveryLayerOnQemuWithoutACounter() {
        CycleCounts cycles = CycleCounts.parse(qemuConsole.lines().toList(), "qemu");
        assertFalse(cycles.counting());
        assertEquals(1, cycles.region(Markers.NETWORK).entries());
        assertTrue(cycles.regions().size() >= 6, cycles.regions()::toString);
        cycles.regions().values().forEach(r -> assertEquals(1, r.entries(), r::toString));
    }

    @Test
    void aMissingOpenOcdIsReportedWithTheInstallLineBeforeAnythingIsBuilt() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("no-openocd"));
        for (String tool : List.of("arm-none-eabi-gcc", "arm-none-eabi-objdump", "arm-none-eabi-nm")) {
            Files.createSymbolicLink(bin.resolve(tool), Toolchain.fromEnvironment().armGcc().resolveSibling(tool));
        }
        Pipeline pipeline = new Pipeline(Toolchain.searching(List.of(bin)), Progress.SILENT);
        OpenOcdBoard discovery = OpenOcdBoard.parse("openocd:board/stm32f4discovery.cfg");
        BoardException e = assertThrows(BoardException.class,
                () -> pipeline.run(qemuProject, discovery, Optional.empty()));
        assertTrue(e.getMessage().contains("sudo apt-get install -y --no-install-recommends openocd"), e.getMessage());
        Path copy = qemuProject.resolve(Pipeline.RUN_FOLDER).resolve("openocd_board_stm32f4discovery.cfg");
        assertFalse(Files.exists(copy), "nothing was built");
    }

    @Test
    void aRecordedTranscriptGivesTheLayerTableWithMeasuredCycles() throws Exception {
        RecordingProgress progress = new RecordingProgress();
        ProfileReport report = new Pipeline(Toolchain.fromEnvironment(), progress).profile(boardProject, NUCLEO,
                Optional.empty(), transcript);
        System.out.println(report.toText());
        assertTrue(report.run().bitExact());
        assertFalse(report.instructionsCounted());
        assertTrue(report.run().cyclesMeasured());
        for (ProfiledLayer layer : report.layers()) {
            assertEquals(0, layer.instructions(), layer::toString);
            assertTrue(layer.cycles() > 1000, layer::toString);
        }
        assertEquals(report.layers().stream().mapToLong(ProfiledLayer::cycles).sum(), report.totalCycles());
        assertEquals(cyclesOf(Markers.NETWORK), report.run().networkCycles().getAsLong());
        String text = report.toText();
        assertTrue(text.contains("cycles measured by the board's DWT cycle counter; instructions are not counted"),
                text);
        String conv1 = text.lines().filter(l -> l.startsWith("conv1 ")).findFirst().orElseThrow();
        assertTrue(conv1.matches(".*\\s-\\s+[\\d,]+\\s+-\\s.*"), conv1);
        assertTrue(report.memory().flashUsed() <= NUCLEO.memory().flash().length());
        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertEquals("dwt", json.get("cycleSource").asText());
        assertTrue(json.get("cycleModel").isNull() && json.get("total").get("instructions").isNull());
        assertEquals(report.totalCycles(), json.get("total").get("cycles").asLong());
        assertTrue(progress.steps.stream().anyMatch(s -> s.contains("of: openocd -f board/st_nucleo_f4.cfg -c"
                + " \"program {" + boardProject.toAbsolutePath().resolve("firmware.elf") + "} verify\"")),
                progress.steps::toString);
    }

    @Test
    void aQemuProjectIsRegeneratedForTheBoardIntoTheRunFolder() throws Exception {
        RunReport run = Pipeline.create(Progress.SILENT).run(qemuProject, NUCLEO, Optional.empty(), transcript);
        assertTrue(run.bitExact());
        Path copy = qemuProject.resolve(Pipeline.RUN_FOLDER).resolve("openocd_board_st_nucleo_f4.cfg");
        assertEquals(copy.resolve("firmware.elf"), run.firmware());
        assertEquals(Files.readString(boardProject.resolve("mcuq.ld")), Files.readString(copy.resolve("mcuq.ld")));
        assertEquals(cyclesOf(Markers.NETWORK), run.networkCycles().getAsLong());
        assertTrue(run.networkInstructions().isEmpty());
    }

    @Test
    void aTranscriptWithoutARunningCounterIsRefusedForProfiling() {
        Path none = dir.resolve("qemu-stdout.txt");
        BoardException e = assertThrows(BoardException.class, () -> {
            Files.writeString(none, qemuConsole);
            Pipeline.create(Progress.SILENT).profile(boardProject, NUCLEO, Optional.empty(), none);
        });
        assertTrue(e.getMessage().contains("The DWT cycle counter did not run"), e.getMessage());
    }

    /** What a board prints instead of QEMU's zeros: overhead 11, layer region R 10,000 * (R + 1) + 7 cycles. */
    private static String withBoardCycles(String console) {
        List<String> lines = new ArrayList<>();
        for (String line : console.lines().toList()) {
            Matcher m = REGION.matcher(line);
            lines.add(line.equals("@mcuq cycles-counter none") ? "@mcuq cycles-counter dwt 11"
                    : m.matches() ? "@mcuq cycles " + m.group(1) + " " + m.group(2) + " "
                            + cyclesOf(Integer.parseInt(m.group(1))) : line);
        }
        return String.join("\n", lines) + "\n";
    }

    private static long cyclesOf(int region) {
        return region == Markers.NETWORK ? 400_123 : 10_000L * (region + 1) + 7;
    }
}
