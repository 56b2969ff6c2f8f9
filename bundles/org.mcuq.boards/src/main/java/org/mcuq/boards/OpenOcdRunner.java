package org.mcuq.boards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mcuq.boards.internal.ConsoleProtocol;
import org.mcuq.boards.internal.ConsoleTranscript;
import org.mcuq.boards.internal.ProcessResult;
import org.mcuq.boards.internal.ProcessRunner;

/**
 * Flashes a firmware onto a real board with OpenOCD and runs it with semihosting: the firmware's console arrives
 * on OpenOCD's standard output, and its SYS_EXIT_EXTENDED makes OpenOCD exit with the firmware's exit code (when
 * no GDB is connected). Build the firmware with the cycle-counting marker ({@code FirmwareBuilder.cycleCounter})
 * so that it times its regions with DWT->CYCCNT: real cycles of this board, including flash wait states and
 * caches, unlike the QEMU profiler's exact instruction counts and modelled cycles.
 */
public final class OpenOcdRunner {

    private final Toolchain toolchain;

    public OpenOcdRunner(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    /**
     * {@code openocd -f CONFIG -c "program {ELF} verify" -c "reset halt" -c "arm semihosting enable" -c resume}:
     * flash and verify, halt at the reset vector, enable semihosting, run.
     */
    public List<String> command(Path elf, OpenOcdBoard board) {
        List<String> command = new ArrayList<>(List.of(toolchain.openocd().toString()));
        command.addAll(arguments(elf.toAbsolutePath().toString(), board));
        return command;
    }

    /** The same command for a shell (e.g. a Makefile's run target), with the ELF path as given. */
    public static String shellCommand(String elf, OpenOcdBoard board) {
        return "openocd " + arguments(elf, board).stream()
                .map(a -> a.matches("[\\w./+:=@-]+") ? a : "\"" + a + "\"")
                .collect(Collectors.joining(" "));
    }

    private static List<String> arguments(String elf, OpenOcdBoard board) {
        return List.of("-f", board.config(), "-c", "program {" + elf + "} verify", "-c", "reset halt",
                "-c", "arm semihosting enable", "-c", "resume");
    }

    public OpenOcdRun run(Path elf, OpenOcdBoard board, Duration timeLimit) {
        if (!Files.isRegularFile(elf)) {
            throw new BoardException("Firmware image " + elf + " does not exist; build it first");
        }
        Path work = elf.toAbsolutePath().getParent();
        ProcessResult result = ProcessRunner.run(command(elf, board), work, timeLimit);
        return read(result, board, elf);
    }

    /**
     * Interprets a finished OpenOCD run from its standard output (the firmware's semihosting console) and error
     * (OpenOCD's log), e.g. a recorded transcript.
     *
     * @throws BoardException if OpenOCD failed or timed out before the firmware finished, or the cycle report is
     *                        missing or unusable
     */
    public static OpenOcdRun read(String stdout, String stderr, int exitCode, boolean timedOut, OpenOcdBoard board,
            Path elf) {
        return read(new ProcessResult(exitCode, stdout, stderr, timedOut, Duration.ZERO), board, elf);
    }

    private static OpenOcdRun read(ProcessResult result, OpenOcdBoard board, Path elf) {
        ConsoleTranscript console = ConsoleProtocol.parse(result.stdout());
        boolean finished = console.stackUsed().isPresent() || console.fault().isPresent();
        if (result.timedOut()) {
            throw new BoardException("The firmware " + elf + " did not finish on " + board.id() + " within the time"
                    + " limit; OpenOCD was stopped. " + openocdErrors(result));
        }
        if (!finished) {
            throw new BoardException("OpenOCD could not run " + elf + " on " + board.id() + " (exit code "
                    + result.exitCode() + "). " + openocdErrors(result) + "Check that the board is connected and "
                    + "that " + board.config() + " matches its probe and chip.");
        }
        List<String> text = console.text().stream().filter(l -> !CycleCounts.isRecord(l)).toList();
        CycleCounts cycles = CycleCounts.parse(console.text(), "the console of " + elf + " on " + board.id());
        return new OpenOcdRun(board, result.exitCode(), text, console.outputs(), console.problems(),
                console.stackUsed(), console.stackSize(), console.fault(), cycles, result.elapsed());
    }

    private static String openocdErrors(ProcessResult result) {
        List<String> errors = result.stderr().lines().filter(l -> l.startsWith("Error")).limit(5).toList();
        return errors.isEmpty() ? "" : "OpenOCD reported: " + String.join("; ", errors) + ". ";
    }
}
