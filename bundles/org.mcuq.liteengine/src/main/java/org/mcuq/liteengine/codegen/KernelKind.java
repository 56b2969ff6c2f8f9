package org.mcuq.liteengine.codegen;

/** The kind of C kernel that runs a layer. */
public enum KernelKind {
    /** No code: the network input, or flatten/reshape/softmax, which alias their input. */
    NONE("no code"),
    /** Conv or dense with a packing plan: several operands per MUL/MLA, UMLAL or SMLAD, result fields extracted. */
    DOT_PACKED("packed multiply"),
    /** Conv or dense on int16 halves: weights widened with SXTB16, 2 MACs per SMLAD, 2x2 channel x pixel blocks. */
    DOT_SMLAD("SMLAD int16"),
    /** Conv or dense with one MAC per MLA on int8 weights and int16 activations. */
    DOT_PLAIN("plain MLA"),
    /** Depthwise conv: one zero-padded int16 plane per channel in scratch, one MAC per MLA. */
    DEPTHWISE("depthwise plane"),
    /** A batch-norm that could not be folded: acc = bias[c] + w[c] * x per element. */
    AFFINE("per-channel affine"),
    /** Add or stand-alone ReLU/ReLU6: int64 sum of x_k * m_k, one rounding shift. */
    SCALED_SUM("scaled sum"),
    MAX_POOL("max pool"),
    AVG_POOL("average pool"),
    GLOBAL_AVG_POOL("global average pool"),
    ZERO_PADDING("zero padding");

    private final String label;

    KernelKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
