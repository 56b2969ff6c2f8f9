package org.mcuq.ir.io.internal;

/** A JSON number kept as its text, so that floats are converted exactly once, by {@link Float#parseFloat}. */
public record JsonNumber(String text) {

    @Override
    public String toString() {
        return text;
    }
}
