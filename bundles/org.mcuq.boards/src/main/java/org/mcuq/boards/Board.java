package org.mcuq.boards;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Emulated boards MCUQ firmware runs on: QEMU machines that execute bare-metal Cortex-M code. */
public enum Board implements TargetBoard {

    QEMU_M4("qemu-m4", "mps2-an386", Core.CORTEX_M4F, MemoryMap.of(0x0, 4 << 20, 0x2000_0000, 4 << 20)),
    QEMU_M7("qemu-m7", "mps2-an500", Core.CORTEX_M7, MemoryMap.of(0x0, 4 << 20, 0x2000_0000, 4 << 20)),
    QEMU_M3("qemu-m3", "mps2-an385", Core.CORTEX_M3, MemoryMap.of(0x0, 4 << 20, 0x2000_0000, 4 << 20)),
    QEMU_STM32F405("qemu-stm32f405", "netduinoplus2", Core.CORTEX_M4F,
            MemoryMap.of(0x0800_0000, 1 << 20, 0x2000_0000, 128 << 10));

    private final String id;
    private final String qemuMachine;
    private final Core core;
    private final MemoryMap memory;

    Board(String id, String qemuMachine, Core core, MemoryMap memory) {
        this.id = id;
        this.qemuMachine = qemuMachine;
        this.core = core;
        this.memory = memory;
    }

    /** The board's name in MCUQ settings and messages, e.g. "qemu-m4". */
    @Override
    public String id() {
        return id;
    }

    /** The QEMU machine (-M) that emulates the board. */
    public String qemuMachine() {
        return qemuMachine;
    }

    @Override
    public Core core() {
        return core;
    }

    @Override
    public MemoryMap memory() {
        return memory;
    }

    /** The board with the given id; the error lists the valid ids. */
    public static Board byId(String id) {
        return Arrays.stream(values()).filter(b -> b.id.equals(id)).findFirst()
                .orElseThrow(() -> new BoardException("Unknown board '" + id + "'; choose one of "
                        + Arrays.stream(values()).map(Board::id).collect(Collectors.joining(", "))
                        + ", or a real board " + OpenOcdBoard.PREFIX + "CONFIG (e.g. " + OpenOcdBoard.PREFIX
                        + "board/st_nucleo_f4.cfg)"));
    }

    @Override
    public String toString() {
        return id + " (" + qemuMachine + ")";
    }
}
