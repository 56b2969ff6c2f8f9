package org.mcuq.ir;

/**
 * Thrown when a network or one of its layers is malformed. The message names the layer, says what is wrong and
 * how it could be fixed.
 */
public class NetworkValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String layerName;

    /** An error about one layer; the message is prefixed with the layer's name. */
    public NetworkValidationException(String layerName, String problem) {
        super("Layer '" + layerName + "': " + problem);
        this.layerName = layerName;
    }

    /** An error about the network as a whole (no single layer to blame). */
    public NetworkValidationException(String message) {
        super(message);
        this.layerName = null;
    }

    /** Name of the offending layer, or null if the error concerns the whole network. */
    public String layerName() {
        return layerName;
    }
}
