package org.mcuq.boards;

/**
 * A board firmware is generated, linked and run for: an emulated {@link Board} (QEMU) or a real
 * {@link OpenOcdBoard}. Both give the core (compiler flags) and the memory map (linker script).
 */
public sealed interface TargetBoard permits Board, OpenOcdBoard {

    /** The board's name in messages, e.g. "qemu-m4" or "openocd:board/st_nucleo_f4.cfg". */
    String id();

    Core core();

    MemoryMap memory();

    /** The name {@link #byName} reads back to this very board (core and memory included). */
    default String fullId() {
        return id();
    }

    /** The board a name stands for: a QEMU board id or an {@code openocd:...} name. */
    static TargetBoard byName(String name) {
        return name.startsWith(OpenOcdBoard.PREFIX) ? OpenOcdBoard.parse(name) : Board.byId(name);
    }
}
