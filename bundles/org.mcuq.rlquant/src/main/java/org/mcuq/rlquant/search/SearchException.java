package org.mcuq.rlquant.search;

/** A search cannot start or continue: bad input, a damaged checkpoint, data that does not fit the model. */
public final class SearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
