package org.mcuq.boards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.internal.CacheLocation;
import org.mcuq.boards.internal.ConsoleProtocol;
import org.mcuq.boards.internal.ConsoleTranscript;
import org.mcuq.boards.internal.ProcessResult;
import org.mcuq.boards.internal.ProcessRunner;
import org.mcuq.boards.internal.ProfileParser;
import org.mcuq.boards.internal.ProfilerPlugin;
import org.mcuq.boards.internal.QemuDiagnostics;
import org.mcuq.boards.internal.SymbolTable;
import org.mcuq.boards.internal.SymbolTable.Symbol;

/**
 * Runs a firmware on its QEMU board: semihosting console captured to a file, exit code passed through
 * (SYS_EXIT_EXTENDED), a wall-clock time limit, and optionally the mcuq_profiler plugin.
 */
public final class QemuRunner {

    static final String CONSOLE_FILE = "console.txt";
    static final String PROFILE_FILE = "profile.txt";

    private final Toolchain toolchain;
    private final Path cacheDirectory;

    /** Uses the default cache directory (-Dmcuq.cache.dir, $XDG_CACHE_HOME/mcuq or ~/.cache/mcuq). */
    public QemuRunner(Toolchain toolchain) {
        this(toolchain, CacheLocation.defaultDirectory());
    }

    /** Compiles the profiler plugin into the given cache directory on first use. */
    public QemuRunner(Toolchain toolchain, Path cacheDirectory) {
        this.toolchain = toolchain;
        this.cacheDirectory = cacheDirectory;
    }

    public RunResult run(Firmware firmware, RunOptions options) {
        return run(firmware.elf(), firmware.board(), options);
    }

    public RunResult run(Path elf, Board board, RunOptions options) {
        requireElf(elf);
        Path work = workDirectory(options);
        try {
            return runIn(work, elf.toAbsolutePath(), board, options);
        } finally {
            if (options.workDirectory().isEmpty()) {
                deleteRecursively(work);
            }
        }
    }

    private RunResult runIn(Path work, Path elf, Board board, RunOptions options) {
        ProcessResult result = ProcessRunner.run(command(elf, board, options, work), work, options.timeLimit());
        ConsoleTranscript console = ConsoleProtocol.parse(readIfPresent(work.resolve(CONSOLE_FILE)));
        if (result.timedOut()) {
            throw new BoardException(String.format("Firmware did not finish within %s s on %s: %s was stopped. %s"
                    + "Raise RunOptions.timeLimit if it needs longer, or look for an endless loop.",
                    options.timeLimit().toMillis() / 1000.0, board, elf, consoleTail(console)));
        }
        QemuDiagnostics.requireNoFailure(result, board, elf, consoleTail(console));
        Optional<Profile> profile = options.profile() ? Optional.of(readProfile(work, board, console))
                : Optional.empty();
        return new RunResult(board, result.exitCode(), console.text(), console.outputs(), console.problems(),
                console.stackUsed(), console.stackSize(), console.fault(), profile, result.elapsed(), Optional.empty());
    }

    /** The plugin's results; a fault that cut regions short is named before the unbalanced markers it left. */
    private static Profile readProfile(Path work, Board board, ConsoleTranscript console) {
        Path file = work.resolve(PROFILE_FILE);
        try {
            return ProfileParser.parse(readIfPresent(file), file.toString());
        } catch (BoardException e) {
            if (console.fault().isEmpty()) {
                throw e;
            }
            throw new BoardException("The firmware faulted on " + board + " (" + console.fault().get()
                    + "), so its profile is unusable: " + e.getMessage(), e);
        }
    }

    /** QEMU would load any other file as a raw image and run garbage, so check the ELF magic first. */
    private static void requireElf(Path elf) {
        byte[] magic = new byte[4];
        try (var in = Files.newInputStream(elf)) {
            if (in.readNBytes(magic, 0, 4) == 4 && magic[0] == 0x7F && magic[1] == 'E' && magic[2] == 'L'
                    && magic[3] == 'F') {
                return;
            }
        } catch (IOException e) {
            throw new BoardException("Firmware image " + elf + " cannot be read (" + e.getMessage()
                    + "); build it with FirmwareBuilder", e);
        }
        throw new BoardException("Firmware image " + elf + " is not an ELF file; pass the firmware.elf that "
                + "FirmwareBuilder or the kit's Makefile produces");
    }

    private List<String> command(Path elf, Board board, RunOptions options, Path work) {
        List<String> command = new ArrayList<>(List.of(toolchain.qemu().toString(), "-M", board.qemuMachine(),
                "-nographic", "-monitor", "none", "-serial", "null",
                "-chardev", "file,id=mcuqconsole,path=" + optionValue(work.resolve(CONSOLE_FILE)),
                "-semihosting-config", "enable=on,target=native,chardev=mcuqconsole",
                "-kernel", elf.toString()));
        if (options.profile()) {
            command.addAll(List.of("-plugin", pluginArgument(elf, work)));
        }
        return command;
    }

    /** "lib.so,mark=ADDR,marksize=N,window=ADDR,out=PATH" for the firmware's marker. */
    private String pluginArgument(Path elf, Path work) {
        SymbolTable symbols = SymbolTable.read(toolchain, elf);
        Symbol mark = symbols.find("mcuq_mark").orElseThrow(() -> new BoardException(elf
                + " has no mcuq_mark: link the MCUQ firmware kit (mcuq_mark.c) to profile it"));
        Symbol window = symbols.find("__mcuq_mark_window").orElseThrow(() -> new BoardException(elf
                + " has no __mcuq_mark_window: link it with the MCUQ linker script (mcuq.ld) to profile it"));
        Path plugin = ProfilerPlugin.ensureBuilt(toolchain, cacheDirectory);
        return optionValue(plugin) + String.format(",mark=0x%x,marksize=%d,window=0x%x,out=%s", mark.address(),
                mark.size(), window.address(), optionValue(work.resolve(PROFILE_FILE)));
    }

    /** QEMU option values escape a comma by doubling it. */
    private static String optionValue(Path path) {
        return path.toAbsolutePath().toString().replace(",", ",,");
    }

    private static Path workDirectory(RunOptions options) {
        try {
            if (options.workDirectory().isPresent()) {
                Path work = Files.createDirectories(options.workDirectory().get());
                Files.deleteIfExists(work.resolve(CONSOLE_FILE));
                Files.deleteIfExists(work.resolve(PROFILE_FILE));
                return work;
            }
            return Files.createTempDirectory("mcuq-run-");
        } catch (IOException e) {
            throw new BoardException("Could not prepare the run directory: " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private static String readIfPresent(Path file) {
        try {
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new BoardException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String consoleTail(ConsoleTranscript console) {
        List<String> text = console.text();
        List<String> tail = text.subList(Math.max(0, text.size() - 5), text.size());
        return tail.isEmpty() ? "The console stayed empty. " : "Last console lines:\n  " + String.join("\n  ", tail)
                + "\n";
    }
}
