package org.mcuq.ir;

/**
 * Spatial padding mode with TensorFlow semantics. For {@link #SAME} the output size is {@code ceil(in / stride)}
 * and an odd total pad puts the extra row or column at the bottom or right.
 */
public enum Padding {
    SAME, VALID;

    /**
     * Output size along one axis, or a value below 1 if the window does not fit (only possible for VALID).
     */
    public int outputSize(int in, int kernel, int stride) {
        return switch (this) {
            case SAME -> ceilDiv(in, stride);
            case VALID -> in < kernel ? 0 : (in - kernel) / stride + 1;
        };
    }

    /** Total padding along one axis (before plus after). */
    public int totalPad(int in, int kernel, int stride) {
        if (this == VALID) {
            return 0;
        }
        return Math.max((outputSize(in, kernel, stride) - 1) * stride + kernel - in, 0);
    }

    /** Padding before the first element (top or left); the rest, possibly one more, goes after. */
    public int padBefore(int in, int kernel, int stride) {
        return totalPad(in, kernel, stride) / 2;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
