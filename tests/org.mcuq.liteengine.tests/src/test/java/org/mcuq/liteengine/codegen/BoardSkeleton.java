package org.mcuq.liteengine.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mcuq.boards.Board;
import org.mcuq.boards.FirmwareKit;
import org.mcuq.liteengine.packing.Core;

/** The org.mcuq.boards firmware kit as a LiteEngine firmware skeleton and target, for one board. */
public record BoardSkeleton(Board board) implements FirmwareSkeleton {

    static final int STACK = FirmwareKit.DEFAULT_STACK_SIZE;

    /** The target of a board: its core, memory and this skeleton. */
    public static Target target(Board board) {
        var map = board.memory();
        TargetMemory memory = new TargetMemory(map.flash().origin(), map.flash().length(), map.ram().origin(),
                map.ram().length(), STACK);
        return new Target(core(board), memory, new BoardSkeleton(board));
    }

    static Core core(Board board) {
        return switch (board.core()) {
            case CORTEX_M3 -> Core.CORTEX_M3;
            case CORTEX_M4F -> Core.CORTEX_M4;
            case CORTEX_M7 -> Core.CORTEX_M7;
        };
    }

    @Override
    public Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            Path kit = Files.createTempDirectory("mcuq-kit");
            FirmwareKit.writeSources(kit);
            try (Stream<Path> list = Files.list(kit)) {
                for (Path file : list.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".template")) {
                        files.put(name, Files.readAllBytes(file));
                    }
                }
            }
            delete(kit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(linkerScript(), FirmwareKit.linkerScript(board, STACK).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Override
    public List<String> compilationUnits() {
        return FirmwareKit.compilationUnits();
    }

    @Override
    public String linkerScript() {
        return "mcuq.ld";
    }

    @Override
    public List<String> compilerFlags() {
        return FirmwareKit.COMMON_FLAGS;
    }

    @Override
    public List<String> linkerFlags() {
        return FirmwareKit.LINK_FLAGS;
    }

    @Override
    public String runCommand() {
        return "qemu-system-arm -M " + board.qemuMachine() + " -nographic -monitor none -serial null"
                + " -semihosting-config enable=on,target=native -kernel firmware.elf";
    }

    static void delete(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
