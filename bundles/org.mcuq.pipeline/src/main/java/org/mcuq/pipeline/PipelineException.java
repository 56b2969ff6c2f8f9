package org.mcuq.pipeline;

/**
 * A generate or run request that cannot be carried out because of the user's input: a policy that does not fit
 * the model, a changed model file, an output folder in use, a board for another core, an input file of the wrong
 * size. The message is one line that says what is wrong, where, and how to fix it.
 */
public class PipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PipelineException(String message) {
        super(message);
    }

    public PipelineException(String message, Throwable cause) {
        super(message, cause);
    }
}
