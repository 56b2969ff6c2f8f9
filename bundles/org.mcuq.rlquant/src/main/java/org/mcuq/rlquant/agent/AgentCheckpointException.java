package org.mcuq.rlquant.agent;

import java.io.IOException;

/** A checkpoint file that is not an agent checkpoint, is damaged, or belongs to a differently configured search. */
public final class AgentCheckpointException extends IOException {

    private static final long serialVersionUID = 1L;

    public AgentCheckpointException(String message) {
        super(message);
    }

    public AgentCheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
