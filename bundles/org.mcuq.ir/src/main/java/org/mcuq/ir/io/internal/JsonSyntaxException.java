package org.mcuq.ir.io.internal;

/** Text that is not well-formed JSON; the message gives the line and column. */
public class JsonSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    public JsonSyntaxException(String message) {
        super(message);
    }
}
