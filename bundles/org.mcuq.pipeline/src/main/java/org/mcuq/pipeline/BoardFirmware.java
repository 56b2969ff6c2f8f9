package org.mcuq.pipeline;

import org.mcuq.boards.Board;
import org.mcuq.boards.FirmwareKit;
import org.mcuq.boards.OpenOcdBoard;
import org.mcuq.boards.OpenOcdRunner;
import org.mcuq.boards.TargetBoard;
import org.mcuq.liteengine.codegen.FirmwareSkeleton;
import org.mcuq.liteengine.codegen.Target;
import org.mcuq.liteengine.codegen.TargetMemory;
import org.mcuq.liteengine.packing.Core;
import org.mcuq.pipeline.internal.KitSkeleton;

/**
 * The org.mcuq.boards firmware kit as LiteEngine's target for one board: a QEMU board gets the kit with the
 * profiler's marker and {@code make run} starting QEMU; a real board gets the DWT cycle-counting marker and
 * {@code make run} flashing and running the image with OpenOCD and semihosting. Both link with the board's real
 * flash and RAM.
 */
public final class BoardFirmware {

    /** Stack bytes the linker script reserves. */
    public static final int STACK_BYTES = FirmwareKit.DEFAULT_STACK_SIZE;

    private BoardFirmware() {
    }

    /** The LiteEngine target of a board: its core, its memory map and its firmware skeleton. */
    public static Target target(TargetBoard board) {
        var map = board.memory();
        TargetMemory memory = new TargetMemory(map.flash().origin(), map.flash().length(), map.ram().origin(),
                map.ram().length(), STACK_BYTES);
        FirmwareSkeleton skeleton = switch (board) {
            case Board qemu -> new KitSkeleton(false, FirmwareKit.linkerScript(qemu, STACK_BYTES),
                    FirmwareKit.compilationUnits(), qemuCommand(qemu));
            case OpenOcdBoard real -> new KitSkeleton(true, FirmwareKit.linkerScript(real.memory(), STACK_BYTES),
                    FirmwareKit.cycleCounterUnits(), OpenOcdRunner.shellCommand("firmware.elf", real));
        };
        return new Target(core(board.core()), memory, skeleton);
    }

    /** The LiteEngine core that generates code for a boards core. */
    public static Core core(org.mcuq.boards.Core core) {
        return switch (core) {
            case CORTEX_M3 -> Core.CORTEX_M3;
            case CORTEX_M4F -> Core.CORTEX_M4;
            case CORTEX_M7 -> Core.CORTEX_M7;
        };
    }

    private static String qemuCommand(Board board) {
        return "qemu-system-arm -M " + board.qemuMachine() + " -nographic -monitor none -serial null"
                + " -semihosting-config enable=on,target=native -kernel firmware.elf";
    }
}
