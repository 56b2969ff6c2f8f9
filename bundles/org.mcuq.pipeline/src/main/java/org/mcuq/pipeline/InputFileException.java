package org.mcuq.pipeline;

/** An input or calibration file that cannot be read as inputs of the model: wrong size, format or index. */
public final class InputFileException extends PipelineException {

    private static final long serialVersionUID = 1L;

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
