package org.mcuq.pipeline;

/** An output folder that must not be written, or a folder that is not a generated MCUQ project. */
public final class ProjectFolderException extends PipelineException {

    private static final long serialVersionUID = 1L;

    public ProjectFolderException(String message) {
        super(message);
    }

    public ProjectFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
