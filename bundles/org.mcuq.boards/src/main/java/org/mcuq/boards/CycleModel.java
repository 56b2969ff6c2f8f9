package org.mcuq.boards;

import java.util.Arrays;
import java.util.List;

/**
 * Cycle models the profiler plugin implements. Cycles are an estimate; the exact, repeatable figure is the
 * instruction count.
 */
public enum CycleModel {

    /**
     * Cortex-M4 timings of the ARM Cortex-M4 Technical Reference Manual (instruction set summary and load/store
     * timing rules), with the choices below where the manual gives a range.
     */
    CORTEX_M4_TRM_V1("cortex-m4-trm-v1", List.of(
            "zero wait states, no fetch stalls, no exceptions or interrupts",
            "ALU, MOV/MOVW/MOVT, shifts, compares, bit fields, extends, SSAT/USAT 1 cycle",
            "MUL, MLA, MLS, UMULL, SMULL, UMLAL, SMLAL, UMAAL and every DSP instruction (SMLAD, SMLALD, SXTB16, "
                    + "...) 1 cycle",
            "SDIV/UDIV 7 cycles (TRM: 2..12 depending on the operands)",
            "LDR/LDRB/LDRH/LDRSB/LDRSH/LDREX 2 cycles, 1 when directly after such a load (neither with base "
                    + "writeback or to PC) whose destination does not form its address",
            "STR/STRB/STRH/STREX 1 cycle (write buffer never full)",
            "LDM/STM/PUSH/POP 1+N, LDRD/STRD 1+2",
            "a load or store whose address register was written by the directly preceding data-processing "
                    + "instruction +1",
            "taken branch 1+P with P = 2: B/BL/BX/BLX 3, taken conditional B/CBZ/CBNZ 3 and not taken 1, "
                    + "TBB/TBH 2+P, POP with PC 1+N+P, LDR PC 2+P, MOV/ADD to PC 1+P",
            "IT 1 cycle (no folding); instructions in IT blocks cost the same whether or not their condition passes",
            "floating point, barriers, NOP, BKPT/SVC and unrecognised instructions 1 cycle",
            "mcuq_mark and the B/BL calling it are not counted; the instruction loading the end marker's id counts "
                    + "in the region it closes"));

    private final String modelName;
    private final List<String> assumptions;

    CycleModel(String modelName, List<String> assumptions) {
        this.modelName = modelName;
        this.assumptions = assumptions;
    }

    /** The name written by the plugin and shown next to every cycle figure. */
    public String modelName() {
        return modelName;
    }

    public List<String> assumptions() {
        return assumptions;
    }

    /** "cortex-m4-trm-v1: assumption; assumption; ..." */
    public String describe() {
        return modelName + ": " + String.join("; ", assumptions);
    }

    public static CycleModel byName(String name) {
        return Arrays.stream(values()).filter(m -> m.modelName.equals(name)).findFirst()
                .orElseThrow(() -> new BoardException("The profiler reported cycle model '" + name
                        + "', which this version of org.mcuq.boards does not know; rebuild the plugin cache"));
    }
}
