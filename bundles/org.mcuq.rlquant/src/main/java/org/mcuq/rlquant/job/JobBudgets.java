package org.mcuq.rlquant.job;

import org.mcuq.boards.Board;
import org.mcuq.rlquant.agent.Budgets;
import org.mcuq.rlquant.agent.CostKind;

/**
 * The budgets of a job: those given, and where RAM or flash is not given, what the board leaves the network after
 * the firmware's own needs (start-up code, stack, input buffer), so every found policy fits the board.
 */
final class JobBudgets {

    /** Flash the firmware needs besides the network: start-up code, C library parts, test input. */
    static final long FIRMWARE_FLASH_BYTES = 16 * 1024;
    /** RAM the firmware needs besides the network: stack, input buffer, C library data. */
    static final long FIRMWARE_RAM_BYTES = 12 * 1024;

    private JobBudgets() {
    }

    static Budgets of(QuantizeRequest request) {
        Board board = request.board();
        Budgets budgets = Budgets.none()
                .with(CostKind.RAM, request.ramBytes().orElse(board.memory().ram().length() - FIRMWARE_RAM_BYTES))
                .with(CostKind.FLASH, request.flashBytes().orElse(board.memory().flash().length()
                        - FIRMWARE_FLASH_BYTES));
        return request.latencyCycles().isPresent() ? budgets.with(CostKind.LATENCY,
                request.latencyCycles().getAsLong()) : budgets;
    }
}
