package org.mcuq.importer;

/**
 * A model file that cannot be imported: unreadable, truncated or corrupt, not a model, or using a layer the IR
 * does not support. The message is one line meant for the user; the underlying failure, if any, is the cause.
 */
public class ModelImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelImportException(String message) {
        super(message);
    }

    public ModelImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
