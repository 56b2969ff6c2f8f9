package org.mcuq.cli.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.mcuq.boards.Board;

/** The values of --core and --board. A core generates for its reference QEMU board (memory map, linker script). */
final class TargetChoices {

    static final Map<String, Board> CORES = Map.of("m4", Board.QEMU_M4, "m7", Board.QEMU_M7, "m3", Board.QEMU_M3);
    static final String CORE_NAMES = "m4|m7|m3";
    static final String BOARD_NAMES = Arrays.stream(Board.values()).map(Board::id).collect(Collectors.joining("|"));

    private TargetChoices() {
    }

    static Board boardOfCore(String core) {
        Board board = CORES.get(core);
        if (board == null) {
            throw new UsageException("unknown core '" + core + "'; choose one of " + CORE_NAMES);
        }
        return board;
    }

    static Board board(String id) {
        return Arrays.stream(Board.values()).filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new UsageException("unknown board '" + id + "'; choose one of " + BOARD_NAMES));
    }
}
