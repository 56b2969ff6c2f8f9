package org.mcuq.boards;

/**
 * Classes the profiler sorts executed instructions into, from their disassembly. The key is the name used in
 * the plugin's result file.
 */
public enum InstructionClass {

    /** LDR, LDRB/H, LDRSB/H, LDREX (single register). */
    LOAD("load"),
    /** STR, STRB/H, STREX (single register). */
    STORE("store"),
    /** LDM, POP and LDRD (register count in {@link Counts#loadMultipleRegisters()}). */
    LOAD_MULTIPLE("load_multiple"),
    /** STM, PUSH and STRD (register count in {@link Counts#storeMultipleRegisters()}). */
    STORE_MULTIPLE("store_multiple"),
    /** MUL(S): 32-bit product. */
    MUL("mul"),
    /** MLA, MLS: 32-bit multiply-accumulate. */
    MAC("mac"),
    /** UMULL, SMULL: 64-bit product. */
    MUL64("mul64"),
    /** UMLAL, SMLAL, UMAAL, SMLAL&lt;xy&gt;, SMLALD, SMLSLD: 64-bit accumulate. */
    MAC64("mac64"),
    /** DSP extension: SMLAD, SMUAD, SMLABB, SXTB16, UXTB16, SXTAB, SADD16, QADD, PKHBT, ... */
    DSP("dsp"),
    /** SDIV, UDIV. */
    DIV("div"),
    /** B, BL, BX, BLX, CBZ, CBNZ, TBB, TBH. */
    BRANCH("branch"),
    /** Data processing: MOV, ADD, SUB, logic, shifts, compares, bit fields, SSAT/USAT, SXTB/UXTH, ... */
    ALU("alu"),
    /** Everything else: NOP, IT, barriers, system, BKPT/SVC, floating point, unrecognised text. */
    OTHER("other");

    private final String key;

    InstructionClass(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
