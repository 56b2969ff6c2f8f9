package org.mcuq.pipeline;

import java.util.List;

/** A quantization policy that is invalid or does not fit the model: every problem is named in the message. */
public final class PolicyMismatchException extends PipelineException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PolicyMismatchException(String what, List<String> problems) {
        super(what + ": " + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per problem. */
    public List<String> problems() {
        return problems;
    }
}
