package org.mcuq.rlquant.lsq;

/**
 * LSQ fine-tuning cannot proceed as asked: the network holds a layer the training graph does not support, the
 * dataset does not fit the network, or training diverged. The message says what, where and how to fix it.
 */
public class LsqException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LsqException(String message) {
        super(message);
    }
}
