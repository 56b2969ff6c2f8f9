package org.mcuq.ir;

import org.mcuq.ir.internal.LayerChecks;

/** Pads height and width with zeros: {@code (h, w, c) -> (h + top + bottom, w + left + right, c)}. */
public record ZeroPadding(String name, String input, int top, int bottom, int left, int right)
        implements SingleInputLayer {

    public ZeroPadding {
        LayerChecks.requireName(name);
        LayerChecks.requireNonNull(name, input, "input name");
        LayerChecks.requireNonNegative(name, "padding", top, bottom, left, right);
    }

    @Override
    public OpType op() {
        return OpType.ZERO_PADDING;
    }

    @Override
    public ZeroPadding withInput(String newInput) {
        return new ZeroPadding(name, newInput, top, bottom, left, right);
    }
}
