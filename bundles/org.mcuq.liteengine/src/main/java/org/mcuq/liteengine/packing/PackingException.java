package org.mcuq.liteengine.packing;

/** A packing request LiteEngine cannot serve, e.g. an operand bit width outside 1..8. */
public class PackingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PackingException(String message) {
        super(message);
    }
}
