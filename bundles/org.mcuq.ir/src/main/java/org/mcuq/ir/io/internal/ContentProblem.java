package org.mcuq.ir.io.internal;

/**
 * Something wrong inside a network file: the message says where (entry, layer, field), what and how to fix it;
 * {@link org.mcuq.ir.io.NetworkFiles} prefixes the file and rethrows it as a checked exception.
 */
public class ContentProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentProblem(String message) {
        super(message);
    }

    public ContentProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
