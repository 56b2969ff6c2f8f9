package org.mcuq.pipeline;

/**
 * An output element the board computed differently from the integer reference.
 *
 * @param index    position in the output tensor (NHWC)
 * @param expected the reference's value
 * @param actual   the board's value
 */
public record Mismatch(int index, int expected, int actual) {

    @Override
    public String toString() {
        return "output element " + index + ": expected " + expected + ", got " + actual;
    }
}
