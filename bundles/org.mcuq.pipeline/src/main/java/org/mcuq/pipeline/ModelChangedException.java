package org.mcuq.pipeline;

/** The model file a project was generated from is gone or no longer has the content it had then. */
public final class ModelChangedException extends PipelineException {

    private static final long serialVersionUID = 1L;

    public ModelChangedException(String message) {
        super(message);
    }
}
