package org.mcuq.boards;

import java.nio.file.Path;

/**
 * A linked firmware image that fits its board.
 *
 * @param board the board it was linked for
 * @param elf the image (QEMU -kernel)
 * @param map the linker map
 * @param memory its flash and RAM use
 */
public record Firmware(Board board, Path elf, Path map, MemoryReport memory) {
}
