package org.mcuq.boards;

/** A contiguous memory region of a board: its name as in the linker script, start address and size in bytes. */
public record MemoryRegion(String name, long origin, long length) {

    public MemoryRegion {
        if (origin < 0 || length <= 0) {
            throw new IllegalArgumentException("memory region " + name + " needs origin >= 0 and length > 0");
        }
    }

    public boolean contains(long address) {
        return address >= origin && address < origin + length;
    }

    @Override
    public String toString() {
        return String.format("%s 0x%08x, %,d bytes", name, origin, length);
    }
}
