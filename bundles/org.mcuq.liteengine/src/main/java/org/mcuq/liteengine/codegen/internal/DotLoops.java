package org.mcuq.liteengine.codegen.internal;

/**
 * The channel loops of a conv or dense kernel for a pair of pixels and for a single pixel. For pixel pairs,
 * outputs of 1, 2 or 4 bits are assembled a byte at a time (G = 8 / bits channels per byte) and stored with one
 * STRB per pixel when the channel count is a multiple of G; otherwise each output is a packed store. A single
 * pixel (dense layers) runs four channels per block.
 */
final class DotLoops {

    private final int channels;
    private final int bits;

    DotLoops(int channels, int bits) {
        this.channels = channels;
        this.bits = bits;
    }

    private boolean grouped() {
        return (bits == 1 || bits == 2 || bits == 4) && channels % group() == 0;
    }

    private int group() {
        return 8 / bits;
    }

    String description() {
        return (grouped() ? "groups of " + group() + " (one output byte per pixel)" : "pairs")
                + "; a single pixel in blocks of 4";
    }

    String pair() {
        return indent(pairLoops(), "        ");
    }

    private String pairLoops() {
        if (!grouped()) {
            return """
                            uint32_t c = 0u;
                            for (; c + 1u < %1$du; c += 2u) {
                                uint32_t r[4];
                                dot_2x2(WEIGHTS[c], col0, r);
                                store(y, p, c, r[0], s0);
                                store(y, p, c + 1u, r[2], s0);
                                store(y, p + 1u, c, r[1], s1);
                                store(y, p + 1u, c + 1u, r[3], s1);
                            }
                            if (c < %1$du) {
                                uint32_t r[2];
                                dot_1x2(WEIGHTS[c], col0, r);
                                store(y, p, c, r[0], s0);
                                store(y, p + 1u, c, r[1], s1);
                            }""".formatted(channels);
        }
        return """
                        for (uint32_t c = 0u; c < %1$du; c += %2$du) {
                            uint32_t b0 = 0u, b1 = 0u;
                #pragma GCC unroll 8
                            for (uint32_t g = 0u; g < %2$du; g += 2u) {
                                uint32_t r[4];
                                dot_2x2(WEIGHTS[c + g], col0, r);
                                b0 |= %3$s;
                                b1 |= %4$s;
                            }
                            y[(p * %1$du + c) / %2$du] = (uint8_t)b0;
                            y[((p + 1u) * %1$du + c) / %2$du] = (uint8_t)b1;
                        }""".formatted(channels, group(), bitsOf("r[0]", "r[2]", "s0"), bitsOf("r[1]", "r[3]", "s1"));
    }

    /** One column (a dense layer, or the last pixel of an odd count): four weight rows share each column load. */
    String single() {
        int blocked = channels / 4 * 4;
        StringBuilder c = new StringBuilder();
        if (blocked > 0) {
            c.append("""
                    for (uint32_t c = 0u; c < %1$du; c += 4u) {
                        uint32_t r[4];
                        dot_4x1(WEIGHTS[c], col0, r);
                        store(y, p, c, r[0], s0);
                        store(y, p, c + 1u, r[1], s0);
                        store(y, p, c + 2u, r[2], s0);
                        store(y, p, c + 3u, r[3], s0);
                    }
                    """.formatted(blocked));
        }
        for (int channel = blocked; channel < channels; channel++) {
            c.append("""
                    {
                        uint32_t r[1];
                        dot_1x1(WEIGHTS[%1$du], col0, r);
                        store(y, p, %1$du, r[0], s0);
                    }
                    """.formatted(channel));
        }
        return indent(c.toString().stripTrailing(), "        ");
    }

    private static String indent(String code, String by) {
        return code.replaceAll("(?m)^", by);
    }

    /** Channels c + g and c + g + 1 of one pixel as bits of its output byte. */
    private String bitsOf(String first, String second, String sum) {
        int mask = (1 << bits) - 1;
        return "(((uint32_t)finish(" + first + ", " + sum + ", c + g) & " + mask + "u) | ((uint32_t)finish(" + second
                + ", " + sum + ", c + g + 1u) & " + mask + "u) << " + bits + ") << (g * " + bits + "u)";
    }
}
