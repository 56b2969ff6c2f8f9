package org.mcuq.liteengine.cost;

import org.mcuq.boards.Board;
import org.mcuq.liteengine.packing.Core;

/** The LiteEngine core of an emulated board. */
final class BoardCores {

    private BoardCores() {
    }

    static Core core(Board board) {
        return switch (board.core()) {
            case CORTEX_M3 -> Core.CORTEX_M3;
            case CORTEX_M4F -> Core.CORTEX_M4;
            case CORTEX_M7 -> Core.CORTEX_M7;
        };
    }
}
