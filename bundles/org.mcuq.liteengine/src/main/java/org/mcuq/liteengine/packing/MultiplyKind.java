package org.mcuq.liteengine.packing;

/**
 * The multiply instruction a packing plan is built on, with the register geometry the overflow proofs need.
 * A multiply sums the products of {@link #segments()} operand segments (two 16-bit halves for SMLAD, one
 * 32-bit register otherwise) into an accumulator of {@link #accumulatorBits()} bits that wraps on overflow.
 */
public enum MultiplyKind {
    /** MUL/MLA: 32 x 32 -> low 32 bits, accumulate, wraps. */
    MUL32("MUL/MLA", 1, 32, 32, false),
    /** UMULL/UMLAL (SMULL/SMLAL for signed fields): 32 x 32 -> 64-bit accumulate, wraps. */
    UMLAL64("UMLAL/SMLAL", 1, 32, 64, false),
    /** SMLAD with two or more operands packed into each signed 16-bit half; 32-bit accumulate, wraps. */
    SMLAD("SMLAD", 2, 16, 32, true),
    /** SMLAD on plain int16 operands (one per half): 2 MACs per instruction, the 8-bit path. */
    SMLAD_UNPACKED("SMLAD int16", 2, 16, 32, true);

    private final String mnemonic;
    private final int segments;
    private final int segmentBits;
    private final int accumulatorBits;
    private final boolean needsDsp;

    MultiplyKind(String mnemonic, int segments, int segmentBits, int accumulatorBits, boolean needsDsp) {
        this.mnemonic = mnemonic;
        this.segments = segments;
        this.segmentBits = segmentBits;
        this.accumulatorBits = accumulatorBits;
        this.needsDsp = needsDsp;
    }

    public String mnemonic() {
        return mnemonic;
    }

    /** Number of independent operand segments whose products one instruction adds: 2 for SMLAD, else 1. */
    public int segments() {
        return segments;
    }

    /** Width of one operand segment in bits: 32, or 16 for the signed halves of SMLAD. */
    public int segmentBits() {
        return segmentBits;
    }

    /** Width of the wrapping accumulator: 64 for UMLAL/SMLAL, else 32. */
    public int accumulatorBits() {
        return accumulatorBits;
    }

    public boolean isAvailableOn(Core core) {
        return !needsDsp || core.hasDsp();
    }

    /** Whether a segment holds a single operand, so the accumulator itself is the result (no fields). */
    public boolean isUnpacked() {
        return this == SMLAD_UNPACKED;
    }
}
