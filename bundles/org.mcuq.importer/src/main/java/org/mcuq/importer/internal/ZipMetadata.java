package org.mcuq.importer.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Shape;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Optional metadata MCUQ adds to the DL4J zips it trains, since DL4J itself saves no CNN input size: an entry
 * {@value #ENTRY} holding {@code {"inputShape": [height, width, channels]}}.
 */
final class ZipMetadata {

    /** Name of the metadata entry in the zip. */
    static final String ENTRY = "mcuq-model.json";

    private ZipMetadata() {
    }

    /** The input shape recorded in {@code file}, or null if the zip has no metadata entry. */
    static Shape inputShape(Path file) throws IOException, ModelImportException {
        String json = ZipContent.text(file, ENTRY);
        if (json == null) {
            return null;
        }
        JsonNode shape = new ObjectMapper().readTree(json).path("inputShape");
        if (!shape.isArray() || shape.size() != 3 || !positiveInts(shape)) {
            throw new ModelImportException(file + ": " + ENTRY + " must hold \"inputShape\": [height, width,"
                    + " channels] with positive integers, found " + shape);
        }
        return new Shape(shape.get(0).asInt(), shape.get(1).asInt(), shape.get(2).asInt());
    }

    private static boolean positiveInts(JsonNode values) {
        for (JsonNode value : values) {
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() <= 0) {
                return false;
            }
        }
        return true;
    }
}
