package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.mcuq.boards.Board;
import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.OpenOcdRunner;
import org.mcuq.boards.QemuRunner;
import org.mcuq.boards.RunOptions;
import org.mcuq.boards.RunResult;
import org.mcuq.boards.TargetBoard;
import org.mcuq.boards.Toolchain;
import org.mcuq.pipeline.PipelineException;
import org.mcuq.pipeline.Progress;

/**
 * Runs a built firmware on its board: profiled on QEMU, or flashed and run with OpenOCD on a real board (or read
 * from a recorded OpenOCD transcript of that run).
 */
final class BoardRun {

    /** Flashing included; a large network at a slow SWD clock takes a while. */
    static final Duration OPENOCD_LIMIT = Duration.ofMinutes(5);

    private final Toolchain toolchain;
    private final Progress progress;

    BoardRun(Toolchain toolchain, Progress progress) {
        this.toolchain = toolchain;
        this.progress = progress;
    }

    /** Fails before the slow steps when a program is missing; the error names the install command. */
    void requireTools(TargetBoard board, Optional<Path> transcript) {
        toolchain.armGcc();
        switch (board) {
            case Board qemu -> {
                toolchain.qemu();
                toolchain.hostGcc();
            }
            case OpenOcdBoard real -> {
                if (transcript.isEmpty()) {
                    toolchain.openocd();
                }
            }
        }
    }

    RunResult run(Path elf, TargetBoard board, Optional<Path> transcript) throws IOException {
        return switch (board) {
            case Board qemu -> {
                progress.step("running on " + qemu);
                yield new QemuRunner(toolchain).run(elf, qemu, RunOptions.defaults().withProfiling(true));
            }
            case OpenOcdBoard real -> transcript.isPresent() ? replay(elf, real, transcript.get())
                    : flashAndRun(elf, real);
        };
    }

    private RunResult flashAndRun(Path elf, OpenOcdBoard board) {
        OpenOcdRunner runner = new OpenOcdRunner(toolchain);
        progress.step("flashing and running on " + board.id() + ": " + String.join(" ", runner.command(elf, board)));
        return runner.run(elf, board, OPENOCD_LIMIT).toRunResult();
    }

    private RunResult replay(Path elf, OpenOcdBoard board, Path transcript) throws IOException {
        progress.step("reading the recorded output " + transcript + " of: "
                + OpenOcdRunner.shellCommand(elf.toAbsolutePath().toString(), board));
        String console;
        try {
            console = Files.readString(transcript, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new PipelineException("No OpenOCD transcript at " + transcript.toAbsolutePath() + ".", e);
        }
        return OpenOcdRunner.read(console, "", 0, false, board, elf).toRunResult();
    }
}
