package org.mcuq.cli.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.mcuq.boards.Board;
import org.mcuq.boards.BoardException;
import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.TargetBoard;

/**
 * The values of --core and --board. A core generates for its reference QEMU board (memory map, linker script); a
 * board may also be a real one, {@code openocd:CONFIG[,core=..][,flash=..][,ram=..]}, run through OpenOCD.
 */
final class TargetChoices {

    static final Map<String, Board> CORES = Map.of("m4", Board.QEMU_M4, "m7", Board.QEMU_M7, "m3", Board.QEMU_M3);
    static final String CORE_NAMES = "m4|m7|m3";
    /** The QEMU boards. */
    static final String BOARD_NAMES = Arrays.stream(Board.values()).map(Board::id).collect(Collectors.joining("|"));
    /** The QEMU boards and the real ones. */
    static final String ANY_BOARD_NAMES = BOARD_NAMES + "|" + OpenOcdBoard.PREFIX
            + "CONFIG[,core=m4][,flash=512K][,ram=96K]";

    private TargetChoices() {
    }

    static Board boardOfCore(String core) {
        Board board = CORES.get(core);
        if (board == null) {
            throw new UsageException("unknown core '" + core + "'; choose one of " + CORE_NAMES);
        }
        return board;
    }

    /** A QEMU board. */
    static Board board(String id) {
        return qemuBoard(id, BOARD_NAMES);
    }

    /** A QEMU board or a real one ({@code openocd:...}). */
    static TargetBoard anyBoard(String id) {
        if (!id.startsWith(OpenOcdBoard.PREFIX)) {
            return qemuBoard(id, ANY_BOARD_NAMES);
        }
        try {
            return OpenOcdBoard.parse(id);
        } catch (BoardException e) {
            throw new UsageException("--board: " + e.getMessage());
        }
    }

    /** The board to generate for: --board, or the reference board of --core; both must agree on the core. */
    static TargetBoard generationBoard(Optional<String> core, Optional<String> board) {
        if (board.isEmpty()) {
            return boardOfCore(core.orElseThrow(() -> new UsageException("missing --core " + CORE_NAMES
                    + " (or --board BOARD)")));
        }
        TargetBoard target = anyBoard(board.get());
        if (core.isPresent() && boardOfCore(core.get()).core() != target.core()) {
            throw new UsageException("--core " + core.get() + " does not match board " + target.id() + ", which has"
                    + " a " + target.core().id() + "; leave out --core or give the board's core");
        }
        return target;
    }

    /** The real board, when {@code board} is one. */
    static Optional<OpenOcdBoard> real(TargetBoard board) {
        return board instanceof OpenOcdBoard real ? Optional.of(real) : Optional.empty();
    }

    private static Board qemuBoard(String id, String choices) {
        return Arrays.stream(Board.values()).filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("unknown board '" + id + "'; choose one of " + choices));
    }
}
