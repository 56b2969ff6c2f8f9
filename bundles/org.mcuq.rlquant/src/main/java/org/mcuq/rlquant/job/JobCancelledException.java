package org.mcuq.rlquant.job;

/** The user stopped the job; what was saved lets {@code --resume} continue. */
public final class JobCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JobCancelledException() {
        super("stopped by the user");
    }
}
