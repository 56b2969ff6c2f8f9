package org.mcuq.liteengine.cost.internal;

/**
 * Features of the network's run function itself, outside its layers: the call of each layer with code (marker
 * and argument set-up) and the copy of the packed output into the caller's buffer.
 */
public final class NetworkFeatures {

    private NetworkFeatures() {
    }

    public static Features of(int layersWithCode, int outputBytes) {
        return new Features().add("net.run", 1).add("net.call", layersWithCode).add("net.copy", outputBytes);
    }
}
