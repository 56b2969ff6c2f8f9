package org.mcuq.boards.internal;

import java.nio.file.Path;
import java.util.List;

import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;

/**
 * Tells QEMU's own failures apart from the firmware's exit code. The firmware's console goes to a chardev
 * file, so standard error only carries QEMU's (and the plugin's) messages.
 */
public final class QemuDiagnostics {

    private QemuDiagnostics() {
    }

    public static void requireNoFailure(ProcessResult result, Board board, Path elf, String consoleTail) {
        List<String> errors = result.stderr().lines().filter(QemuDiagnostics::isError).toList();
        if (errors.isEmpty()) {
            return;
        }
        String hint = errors.stream().anyMatch(l -> l.contains("Lockup"))
                ? "The core locked up: a fault while handling a fault, typically a firmware linked for another board "
                        + "(no vector table at this board's boot address). "
                : "";
        throw new BoardException("QEMU failed running " + elf + " on " + board + ": " + String.join("; ", errors)
                + ". " + hint + consoleTail);
    }

    private static boolean isError(String line) {
        boolean qemu = line.startsWith("qemu-system-arm:") || line.startsWith("qemu: fatal:");
        return (qemu && !line.contains("warning")) || line.startsWith("mcuq_profiler:");
    }
}
