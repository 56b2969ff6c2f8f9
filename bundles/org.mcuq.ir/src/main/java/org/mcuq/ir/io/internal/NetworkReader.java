package org.mcuq.ir.io.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.NetworkValidationException;

/** Rebuilds the network and the metadata from the entries {@link NetworkDocument} wrote. */
public final class NetworkReader {

    private static final String WRITE_AGAIN = "write the network again with NetworkFiles.write";

    private NetworkReader() {
    }

    public static Network network(ArchiveReader archive) throws IOException {
        if (!archive.has(NetworkDocument.NETWORK_ENTRY)) {
            throw new ContentProblem("the zip archive has no " + NetworkDocument.NETWORK_ENTRY + " entry, so it is"
                    + " not an MCUQ network file (a DL4J model zip is imported with ModelImporter instead); select"
                    + " a file written by NetworkFiles.write");
        }
        JsonFields document = new JsonFields(json(archive, NetworkDocument.NETWORK_ENTRY),
                NetworkDocument.NETWORK_ENTRY);
        requireKnownFormat(document);
        String name = document.string("name");
        List<Layer> layers = layers(document, (entry, shape, referencedBy) -> tensor(archive, entry, shape,
                referencedBy));
        try {
            return new Network(name, layers);
        } catch (NetworkValidationException e) {
            throw new ContentProblem(NetworkDocument.NETWORK_ENTRY + " describes an invalid network: "
                    + e.getMessage() + " The file was changed after it was written; " + WRITE_AGAIN, e);
        }
    }

    /** The metadata strings, sorted by key; empty if the file has none. */
    public static Map<String, String> metadata(ArchiveReader archive) throws IOException {
        Map<String, String> metadata = new TreeMap<>();
        if (archive.has(NetworkDocument.METADATA_ENTRY)) {
            Object parsed = json(archive, NetworkDocument.METADATA_ENTRY);
            JsonFields fields = new JsonFields(parsed, NetworkDocument.METADATA_ENTRY);
            ((Map<?, ?>) parsed).keySet().forEach(key -> metadata.put((String) key, fields.string((String) key)));
        }
        return Collections.unmodifiableMap(metadata);
    }

    private static void requireKnownFormat(JsonFields document) {
        if (!document.has("format") || !NetworkDocument.FORMAT.equals(document.get("format"))) {
            throw new ContentProblem(NetworkDocument.NETWORK_ENTRY + " does not declare \"format\": \""
                    + NetworkDocument.FORMAT + "\", so it is not an MCUQ network description; " + WRITE_AGAIN);
        }
        int version = document.integer("formatVersion");
        if (version > NetworkDocument.VERSION) {
            throw new ContentProblem("the file has network format version " + version + " but this MCUQ reads"
                    + " versions up to " + NetworkDocument.VERSION + ": update MCUQ to read it");
        }
        if (version < 1) {
            throw new ContentProblem(NetworkDocument.NETWORK_ENTRY + ": \"formatVersion\" is " + version
                    + " but versions start at 1; " + WRITE_AGAIN);
        }
    }

    private static List<Layer> layers(JsonFields document, LayerDecoder.TensorSource tensors) throws IOException {
        List<?> items = document.list("layers");
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            layers.add(LayerDecoder.decode(new JsonFields(items.get(i), layerWhere(i, items.get(i))), tensors));
        }
        return layers;
    }

    private static String layerWhere(int index, Object layer) {
        String where = NetworkDocument.NETWORK_ENTRY + " layers[" + index + "]";
        return layer instanceof Map<?, ?> map && map.get("name") instanceof String name
                ? where + " ('" + name + "')" : where;
    }

    private static float[] tensor(ArchiveReader archive, String entry, int[] shape, String referencedBy)
            throws IOException {
        byte[] bytes = archive.read(entry, "referenced by " + referencedBy);
        long needed = Float.BYTES * Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
        if (bytes.length != needed) {
            throw new ContentProblem("entry " + entry + " (referenced by " + referencedBy + ") holds "
                    + bytes.length + " bytes but its shape " + Arrays.toString(shape) + " needs " + needed
                    + " (4 bytes per float32); the file was changed after it was written: " + WRITE_AGAIN);
        }
        return TensorCodec.decode(bytes);
    }

    private static Object json(ArchiveReader archive, String entry) throws IOException {
        String text = new String(archive.read(entry, "the network file's JSON"), StandardCharsets.UTF_8);
        try {
            return JsonParser.parse(text);
        } catch (JsonSyntaxException e) {
            throw new ContentProblem("entry " + entry + " is not valid JSON (" + e.getMessage() + "); "
                    + WRITE_AGAIN, e);
        }
    }
}
