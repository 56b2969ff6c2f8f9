package org.mcuq.liteengine.cost;

/** A cost model cannot be built for a network, or a policy does not fit it; the message says how to fix it. */
public class CostModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CostModelException(String message) {
        super(message);
    }

    public CostModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
