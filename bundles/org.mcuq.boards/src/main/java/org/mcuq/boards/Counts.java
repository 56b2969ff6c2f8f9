package org.mcuq.boards;

import java.util.EnumMap;
import java.util.Map;

/**
 * Instructions and estimated cycles executed in one place, broken down by class.
 *
 * @param instructions exact count of executed instructions
 * @param cycles estimated Cortex-M4 cycles ({@link CycleModel})
 * @param classes executed instructions per class (every class present, zero when none)
 * @param loadMultipleRegisters registers transferred by LDM/POP/LDRD
 * @param storeMultipleRegisters registers transferred by STM/PUSH/STRD
 * @param takenBranches control transfers that paid the pipeline refill (taken branches, PC writes)
 * @param pipelinedLoads loads timed at 1 cycle because they followed another load
 * @param addressStalls loads/stores that waited a cycle for an address register computed just before
 * @param unrecognised instructions whose disassembly the plugin did not recognise (timed as 1 cycle, OTHER)
 */
public record Counts(long instructions, long cycles, Map<InstructionClass, Long> classes,
        long loadMultipleRegisters, long storeMultipleRegisters, long takenBranches, long pipelinedLoads,
        long addressStalls, long unrecognised) {

    public Counts {
        Map<InstructionClass, Long> complete = new EnumMap<>(InstructionClass.class);
        for (InstructionClass c : InstructionClass.values()) {
            complete.put(c, classes.getOrDefault(c, 0L));
        }
        classes = Map.copyOf(complete);
    }

    public long count(InstructionClass instructionClass) {
        return classes.get(instructionClass);
    }
}
