package org.mcuq.boards;

/**
 * A firmware could not be built, run or measured on a board: a missing tool, a compile error, a firmware that
 * does not fit, a time limit hit, a crash. The message says what happened, where, and how to fix it.
 */
public class BoardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BoardException(String message) {
        super(message);
    }

    public BoardException(String message, Throwable cause) {
        super(message, cause);
    }
}
