package org.mcuq.liteengine.codegen;

/**
 * The generator cannot produce the requested project: a layer or plan it must refuse, a network that does not
 * fit the target, or an output folder it must not overwrite. The message says what, where and how to fix it.
 */
public class CodeGenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CodeGenerationException(String message) {
        super(message);
    }

    public CodeGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
