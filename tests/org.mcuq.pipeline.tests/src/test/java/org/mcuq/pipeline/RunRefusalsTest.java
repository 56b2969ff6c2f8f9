package org.mcuq.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.Toolchain;
import org.mcuq.pipeline.internal.Sha256;

/** What run refuses, each before anything is built. */
class RunRefusalsTest {

    @TempDir
    static Path dir;

    private static Path project;

    private final Pipeline pipeline = Pipeline.create(new RecordingProgress());

    @BeforeAll
    static void generate() throws Exception {
        project = dir.resolve("project");
        Pipeline.create(Progress.SILENT).generate(Example.model(), Precision.uniform(8, 8), Board.QEMU_M4,
                Optional.empty(), project, false);
    }

    @Test
    void aModelChangedAfterGenerationIsRefusedWithBothHashes() throws Exception {
        Path model = Files.copy(Example.model(), dir.resolve("model.zip"));
        Path out = dir.resolve("changed");
        pipeline.generate(model, Precision.uniform(8, 8), Board.QEMU_M4, Optional.empty(), out, false);
        String before = Sha256.of(model);
        Files.write(model, new byte[] {0}, StandardOpenOption.APPEND);
        ModelChangedException e = assertThrows(ModelChangedException.class,
                () -> pipeline.run(out, Board.QEMU_M4, Optional.empty()));
        assertTrue(e.getMessage().contains("changed after project") && e.getMessage().contains(before)
                && e.getMessage().contains(Sha256.of(model)), e.getMessage());
        assertFalse(Files.exists(out.resolve("firmware.elf")));
        Files.delete(model);
        ModelChangedException gone = assertThrows(ModelChangedException.class,
                () -> pipeline.run(out, Board.QEMU_M4, Optional.empty()));
        assertTrue(gone.getMessage().contains("no longer exists"), gone.getMessage());
    }

    @Test
    void aBrokenMainShowsTheCompilerErrorAndAMissingTestInputIsNamed() throws Exception {
        Path out = dir.resolve("edited");
        pipeline.generate(Example.model(), Precision.uniform(8, 8), Board.QEMU_M4, Optional.empty(), out, false);
        Files.writeString(out.resolve("main.c"), "int main(void) { return missing_symbol; }\n");
        BoardException build = assertThrows(BoardException.class,
                () -> pipeline.run(out, Board.QEMU_M4, Optional.empty()));
        assertTrue(build.getMessage().contains("make could not build the firmware in " + out)
                && build.getMessage().contains("missing_symbol"), build.getMessage());
        Files.delete(out.resolve(ProjectSpec.TEST_INPUT_FILE));
        ProjectFolderException input = assertThrows(ProjectFolderException.class,
                () -> pipeline.run(out, Board.QEMU_M4, Optional.empty()));
        assertTrue(input.getMessage().contains("has no " + ProjectSpec.TEST_INPUT_FILE), input.getMessage());
    }

    @Test
    void aBoardWithAnotherCoreIsRefused() {
        BoardMismatchException e = assertThrows(BoardMismatchException.class,
                () -> pipeline.run(project, Board.QEMU_M3, Optional.empty()));
        assertTrue(e.getMessage().contains("generated for a Cortex-M4 but board qemu-m3 has a Cortex-M3"),
                e.getMessage());
    }

    @Test
    void aFolderWithoutSpecIsNoProject() {
        ProjectFolderException e = assertThrows(ProjectFolderException.class,
                () -> pipeline.run(dir, Board.QEMU_M4, Optional.empty()));
        assertTrue(e.getMessage().contains("has no " + ProjectSpec.FILE_NAME), e.getMessage());
    }

    @Test
    void anInputOfTheWrongSizeNamesBothSizes() throws Exception {
        Path input = Files.write(dir.resolve("short.f32"), new byte[400]);
        InputFileException e = assertThrows(InputFileException.class,
                () -> pipeline.run(project, Board.QEMU_M4, Optional.of(InputRef.of(input))));
        assertTrue(e.getMessage().contains("holds 400 bytes") && e.getMessage().contains("784 float32 values")
                && e.getMessage().contains("3,136 bytes"), e.getMessage());
    }

    @Test
    void aMissingToolchainIsReportedWithItsInstallCommand() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-tools"));
        Pipeline withoutTools = new Pipeline(Toolchain.searching(List.of(empty)), Progress.SILENT);
        BoardException e = assertThrows(BoardException.class,
                () -> withoutTools.run(project, Board.QEMU_M4, Optional.empty()));
        assertTrue(e.getMessage().contains("arm-none-eabi-gcc") && e.getMessage().contains("apt-get install"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
