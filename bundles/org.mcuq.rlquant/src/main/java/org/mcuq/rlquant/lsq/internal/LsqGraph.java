package org.mcuq.rlquant.lsq.internal;

import java.util.Map;

import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The fake-quantized training graph of a network.
 *
 * @param sd      the graph; placeholders {@link #INPUT} (NHWC float input) and {@link #LABELS} (one-hot)
 * @param params  its trainable variables
 * @param classes number of classes (logits)
 * @param codes   name of the variable holding each layer's integer output codes (NHWC), keyed by layer name
 */
public record LsqGraph(SameDiff sd, ParameterSet params, int classes, Map<String, String> codes) {

    public static final String INPUT = "input";
    public static final String LABELS = "labels";
    public static final String LOSS = "loss";

    /** The integer logits (the codes of the softmax input), {@code [batch, classes]}. */
    public static final String LOGIT_CODES = "logit_codes";
}
