package org.mcuq.liteengine.codegen.internal;

/**
 * The window sum of a depthwise kernel, unrolled: {@code bias + sum w_k * r[offset_k]}. With DSP, taps (kx, kx+1)
 * of a kernel row are adjacent in the plane; one unaligned word load gives both int16 values and SMLAD multiplies
 * them with the weight pair packed in a local.
 */
final class DepthwiseTaps {

    private final ConvGeometry g;
    private final boolean dsp;

    DepthwiseTaps(ConvGeometry g, boolean dsp) {
        this.g = g;
        this.dsp = dsp;
    }

    String locals() {
        StringBuilder text = new StringBuilder();
        String indent = "            ";
        for (int ky = 0; ky < g.kernelH(); ky++) {
            for (int kx = 0; kx < g.kernelW(); kx++) {
                int k = ky * g.kernelW() + kx;
                if (paired(kx)) {
                    text.append(indent).append("const uint32_t w").append(k).append("p = (uint32_t)(uint16_t)w[")
                            .append(k).append("] | (uint32_t)w[").append(k + 1).append("] << 16;\n");
                    kx++;
                } else {
                    text.append(indent).append("const int32_t w").append(k).append(" = w[").append(k).append("];\n");
                }
            }
        }
        return text.toString().stripTrailing();
    }

    String sum() {
        String acc = "bias";
        for (int ky = 0; ky < g.kernelH(); ky++) {
            for (int kx = 0; kx < g.kernelW(); kx++) {
                int k = ky * g.kernelW() + kx;
                int offset = ky * g.planeWidth() + kx;
                if (paired(kx)) {
                    acc = "le_smlad(*(const le_uword *)(r + " + offset + "), w" + k + "p, " + acc + ")";
                    kx++;
                } else {
                    acc = acc + " + w" + k + " * r[" + offset + "]";
                }
            }
        }
        return acc;
    }

    private boolean paired(int kx) {
        return dsp && kx + 1 < g.kernelW();
    }
}
