package org.mcuq.liteengine.codegen.internal;

import org.mcuq.liteengine.quant.TensorQuantization;

/** How a depthwise kernel fills its planes from the packed input and stores its packed outputs. */
final class DepthwiseIo {

    private static final String FILL_INDENT = "        ";
    private static final String STORE_INDENT = "                    ";

    private final ConvGeometry g;
    private final TensorQuantization in;
    private final TensorQuantization out;
    private final int group;

    DepthwiseIo(ConvGeometry g, TensorQuantization in, TensorQuantization out, int group) {
        this.g = g;
        this.in = in;
        this.out = out;
        this.group = group;
    }

    private int copyHeight() {
        return Math.min(g.in().height(), g.planeHeight() - g.padTop());
    }

    private int copyWidth() {
        return Math.min(g.in().width(), g.planeWidth() - g.padLeft());
    }

    String fill() {
        String i = FILL_INDENT;
        String loops = i + "for (uint32_t iy = 0u; iy < " + copyHeight() + "u; iy++) {\n" + i
                + "    const uint32_t at = (iy + " + g.padTop() + "u) * " + g.planeWidth() + "u + " + g.padLeft()
                + "u;\n" + i + "    for (uint32_t ix = 0u; ix < " + copyWidth() + "u; ix++) {\n";
        String pixel = "(iy * " + g.in().width() + "u + ix) * " + g.in().channels() + "u";
        if (group == 1) {
            return loops + i + "        planes[at + ix] = (int16_t)le_get(x, " + pixel + " + c0, " + in.bits() + "u, "
                    + LayerContext.signedFlag(in) + ");\n" + i + "    }\n" + i + "}";
        }
        StringBuilder text = new StringBuilder(i + "const uint32_t offset = (c0 * " + in.bits() + "u) & 7u;\n" + loops);
        text.append(i).append("        const uint32_t b = (uint32_t)x[((").append(pixel).append(" + c0) * ")
                .append(in.bits()).append("u) >> 3] >> offset;\n");
        for (int k = 0; k < group; k++) {
            text.append(i).append("        planes[").append(k == 0 ? "" : k * g.planeHeight() * g.planeWidth() + "u + ")
                    .append("at + ix] = (int16_t)").append(field(k)).append(";\n");
        }
        return text.append(i).append("    }\n").append(i).append("}").toString();
    }

    private String field(int k) {
        int bits = in.bits();
        if (in.signed()) {
            return "((int32_t)(b << " + (32 - (k + 1) * bits) + ") >> " + (32 - bits) + ")";
        }
        return "((b >> " + k * bits + ") & " + ((1 << bits) - 1) + "u)";
    }

    private boolean byteRows() {
        int bits = out.bits();
        return 8 % bits == 0 && g.out().channels() * bits % 8 == 0;
    }

    String outputSetup() {
        if (!byteRows()) {
            return "";
        }
        int bits = out.bits();
        return "            uint8_t *yc = y + ((c * " + bits + "u) >> 3);\n"
                + (bits == 8 ? "" : "            const uint32_t at = (c * " + bits + "u) & 7u;\n");
    }

    String store() {
        int bits = out.bits();
        String pixel = "(oy * " + g.out().width() + "u + ox)";
        if (!byteRows()) {
            return STORE_INDENT + "le_put(y, " + pixel + " * " + g.out().channels() + "u + c, " + bits + "u, v);";
        }
        String target = "yc[" + pixel + " * " + g.out().channels() * bits / 8 + "u]";
        if (bits == 8) {
            return STORE_INDENT + target + " = (uint8_t)v;";
        }
        int mask = (1 << bits) - 1;
        return STORE_INDENT + target + " = (uint8_t)(((uint32_t)" + target + " & ~(" + mask + "u << at)) | (((uint32_t)v & "
                + mask + "u) << at));";
    }
}
