package org.mcuq.liteengine.codegen;

/**
 * The memory a target offers to the generated firmware: flash for code and constants, RAM for the arena, other
 * static data and the stack.
 *
 * @param flashOrigin first flash address
 * @param flashBytes  flash size
 * @param ramOrigin   first RAM address
 * @param ramBytes    RAM size
 * @param stackBytes  RAM reserved for the stack (a multiple of 8, at least 256)
 */
public record TargetMemory(long flashOrigin, long flashBytes, long ramOrigin, long ramBytes, int stackBytes) {

    public TargetMemory {
        if (flashOrigin < 0 || ramOrigin < 0 || flashBytes <= 0 || ramBytes <= 0) {
            throw new IllegalArgumentException("A target needs flash and RAM with origins >= 0 and sizes > 0, got"
                    + " flash " + flashBytes + " B at " + flashOrigin + ", RAM " + ramBytes + " B at " + ramOrigin);
        }
        if (stackBytes < 256 || stackBytes % 8 != 0) {
            throw new IllegalArgumentException("The stack must be a multiple of 8 bytes and at least 256, got "
                    + stackBytes);
        }
    }
}
