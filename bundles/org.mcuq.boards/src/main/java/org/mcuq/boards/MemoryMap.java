package org.mcuq.boards;

/** The flash and RAM a board offers to firmware. */
public record MemoryMap(MemoryRegion flash, MemoryRegion ram) {

    public static MemoryMap of(long flashOrigin, long flashLength, long ramOrigin, long ramLength) {
        return new MemoryMap(new MemoryRegion("FLASH", flashOrigin, flashLength),
                new MemoryRegion("RAM", ramOrigin, ramLength));
    }
}
