package org.mcuq.ir.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mcuq.ir.Network;

/**
 * The entries of a network file: {@value #NETWORK_ENTRY} (format, version, name and the layers in order), the
 * caller's metadata as a flat JSON object of strings in {@value #METADATA_ENTRY} (the entry MCUQ also adds to DL4J
 * zips, so readers of that entry find e.g. {@code "inputScaling"} in both), and one float32 entry per tensor.
 */
public final class NetworkDocument {

    public static final String NETWORK_ENTRY = "network.json";
    public static final String METADATA_ENTRY = "mcuq-model.json";
    public static final String FORMAT = "mcuq-network";
    public static final int VERSION = 1;

    private NetworkDocument() {
    }

    /** All entries of the file for {@code network}, in the order they are written. */
    public static Map<String, byte[]> entries(Network network, Map<String, String> metadata) {
        LayerEncoder encoder = new LayerEncoder();
        List<Object> layers = new ArrayList<>();
        for (int i = 0; i < network.layers().size(); i++) {
            layers.add(encoder.encode(i, network.layers().get(i)));
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("formatVersion", VERSION);
        document.put("name", network.name());
        document.put("layers", layers);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(NETWORK_ENTRY, utf8(JsonWriter.write(document)));
        entries.put(METADATA_ENTRY, utf8(JsonWriter.write(new TreeMap<>(metadata))));
        encoder.tensors().forEach((entry, values) -> entries.put(entry, TensorCodec.encode(values)));
        return entries;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
