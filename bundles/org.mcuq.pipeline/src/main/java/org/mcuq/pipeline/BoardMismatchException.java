package org.mcuq.pipeline;

/** A project generated for one core was asked to run on a board with another core. */
public final class BoardMismatchException extends PipelineException {

    private static final long serialVersionUID = 1L;

    public BoardMismatchException(String message) {
        super(message);
    }
}
