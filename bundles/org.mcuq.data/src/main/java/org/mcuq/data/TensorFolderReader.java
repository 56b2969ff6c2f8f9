package org.mcuq.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mcuq.data.internal.FloatTensorDataset;

/**
 * Reads a folder of raw input tensors: one file per sample holding the HWC values as little-endian float32, listed
 * with their labels in {@code labels.txt}, one {@code <file> <label>} pair per line (file names relative to the
 * folder, no spaces; blank lines and lines starting with {@code #} are ignored). Samples keep the listing's order.
 */
public final class TensorFolderReader {

    /** Name of the listing file inside the folder. */
    public static final String LABELS_FILE = "labels.txt";

    private TensorFolderReader() {
    }

    /** Reads every sample listed in {@code folder/labels.txt}; each must hold exactly {@code shape} floats. */
    public static Dataset read(Path folder, ImageShape shape) throws IOException {
        Path listing = folder.resolve(LABELS_FILE);
        if (!Files.isRegularFile(listing)) {
            throw new NoSuchFileException(listing.toString(), null, "a tensor folder needs " + LABELS_FILE
                    + " with one '<file> <label>' line per sample");
        }
        List<String> lines = Files.readAllLines(listing, StandardCharsets.UTF_8);
        List<float[]> samples = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            labels.add(parseLabel(listing, i + 1, fields));
            samples.add(readTensor(folder.resolve(fields[0]), shape));
        }
        if (samples.isEmpty()) {
            throw DatasetFormatException.in(listing, "lists no samples; add '<file> <label>' lines");
        }
        int[] labelArray = labels.stream().mapToInt(Integer::intValue).toArray();
        int classCount = 1 + labels.stream().mapToInt(Integer::intValue).max().orElse(0);
        return new FloatTensorDataset(shape, samples, labelArray, classCount);
    }

    private static int parseLabel(Path listing, int lineNumber, String[] fields) throws DatasetFormatException {
        if (fields.length != 2) {
            throw DatasetFormatException.in(listing, "line " + lineNumber + ": expected '<file> <label>', found "
                    + fields.length + " fields");
        }
        try {
            int label = Integer.parseInt(fields[1]);
            if (label >= 0) {
                return label;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw DatasetFormatException.in(listing, "line " + lineNumber + ": label '" + fields[1]
                + "' is not a non-negative integer");
    }

    private static float[] readTensor(Path file, ImageShape shape) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long expected = 4L * shape.elements();
        if (bytes.length != expected) {
            throw DatasetFormatException.at(file, Math.min(bytes.length, expected), "expected " + expected
                    + " bytes (" + shape + " float32 little-endian), found " + bytes.length);
        }
        float[] values = new float[shape.elements()];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw DatasetFormatException.at(file, 4L * i, "value " + values[i] + " is not finite");
            }
        }
        return values;
    }
}
