package org.mcuq.liteengine.codegen;

/** Which dot-product kernels the generator may use for conv and dense layers. */
public enum KernelPolicy {
    /** The packing planner's best proven plan for each layer's bit widths and core. */
    FASTEST,
    /** One MAC per MLA everywhere, for comparisons and as the most conservative code. */
    PLAIN
}
