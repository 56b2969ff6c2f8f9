package org.mcuq.cli.internal;

/** Bad command-line arguments: reported with the command's usage and exit code 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
