package org.mcuq.liteengine.quant;

/**
 * A network, or a quantization spec for it, that cannot be quantized as asked. The message names the layer, says
 * what is wrong and how to fix it.
 */
public class QuantizationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String layerName;

    /** An error about one layer; the message is prefixed with the layer's name. */
    public QuantizationException(String layerName, String problem) {
        super("Layer '" + layerName + "': " + problem);
        this.layerName = layerName;
    }

    /** An error about the network or spec as a whole. */
    public QuantizationException(String message) {
        super(message);
        this.layerName = null;
    }

    /** Name of the offending layer, or null if no single layer is to blame. */
    public String layerName() {
        return layerName;
    }
}
