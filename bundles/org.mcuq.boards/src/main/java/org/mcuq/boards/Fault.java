package org.mcuq.boards;

/**
 * A processor exception the firmware did not handle, reported by the MCUQ startup's fault handler.
 *
 * @param exception exception number (3 HardFault, 4 MemManage, 5 BusFault, 6 UsageFault, ...)
 * @param pc address of the faulting instruction (the stacked PC; 0 when the stack overflowed and the frame was
 *        lost)
 * @param stackOverflow whether the stack ran into the startup's guard at the bottom of the stack region
 */
public record Fault(int exception, long pc, boolean stackOverflow) {

    public String exceptionName() {
        return switch (exception) {
            case 2 -> "NMI";
            case 3 -> "HardFault";
            case 4 -> "MemManage";
            case 5 -> "BusFault";
            case 6 -> "UsageFault";
            case 11 -> "SVCall";
            case 12 -> "DebugMonitor";
            case 14 -> "PendSV";
            case 15 -> "SysTick";
            default -> "exception " + exception;
        };
    }

    @Override
    public String toString() {
        return stackOverflow ? exceptionName() + " from a stack overflow: the firmware needs more than the "
                + "reserved stack (raise FirmwareBuilder.stackSize or shrink the deepest call chain's frames)"
                : String.format("%s at pc 0x%08x", exceptionName(), pc);
    }
}
