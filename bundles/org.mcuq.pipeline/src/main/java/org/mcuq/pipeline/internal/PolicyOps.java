package org.mcuq.pipeline.internal;

import java.util.Optional;

/**
 * The op field of a policy entry: the IR op name (e.g. CONV2D), and for the input entry of a project spec the
 * input's signedness after a colon, {@code INPUT:unsigned} or {@code INPUT:signed}, because the policy model has no
 * field for it and a rebuild without calibration data cannot observe it.
 */
public final class PolicyOps {

    public static final String SIGNED = "signed";
    public static final String UNSIGNED = "unsigned";

    private PolicyOps() {
    }

    /** The op name without a qualifier; empty for a blank op. */
    public static String base(String op) {
        if (op == null) {
            return "";
        }
        int colon = op.indexOf(':');
        return (colon < 0 ? op : op.substring(0, colon)).strip();
    }

    /** The qualifier after the colon, if any. */
    public static Optional<String> qualifier(String op) {
        int colon = op == null ? -1 : op.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(op.substring(colon + 1).strip());
    }

    /** The signedness an {@code INPUT:...} op records; empty without (or with an unknown) qualifier. */
    public static Optional<Boolean> inputSigned(String op) {
        return qualifier(op).filter(q -> q.equals(SIGNED) || q.equals(UNSIGNED)).map(SIGNED::equals);
    }

    public static String input(boolean signed) {
        return "INPUT:" + (signed ? SIGNED : UNSIGNED);
    }
}
