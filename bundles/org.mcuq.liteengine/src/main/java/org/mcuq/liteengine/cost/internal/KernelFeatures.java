package org.mcuq.liteengine.cost.internal;

/** The cost features of one layer's kernel: what runs (instructions, cycles) and what is emitted (code bytes). */
public final class KernelFeatures {

    private KernelFeatures() {
    }

    /** How often each piece of the kernel's code runs in one inference; empty for layers without code. */
    public static Features runtime(KernelSetup s) {
        Features f = new Features();
        switch (s.kind()) {
            case DOT_PACKED, DOT_SMLAD, DOT_PLAIN -> new DotFeatures(s, f).add();
            case DEPTHWISE -> new DepthwiseFeatures(s, f).add();
            case SCALED_SUM -> ElementwiseFeatures.scaledSum(s, f);
            case AFFINE -> ElementwiseFeatures.affine(s, f);
            case MAX_POOL, AVG_POOL -> PoolFeatures.pool(s, f);
            case GLOBAL_AVG_POOL -> PoolFeatures.globalAverage(s, f);
            case ZERO_PADDING -> PoolFeatures.zeroPadding(s, f);
            case NONE -> {
                // flatten, reshape, softmax and the input run no code
            }
        }
        return f;
    }

    /** What the kernel's C file is made of, for its code size; empty for layers without code. */
    public static Features code(KernelSetup s) {
        return CodeFeatures.of(s);
    }
}
