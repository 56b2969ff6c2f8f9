package org.mcuq.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.io.NetworkFiles;

/**
 * The model file formats the importer reads: MCUQ network files by their {@code .mcuqnet} name or their
 * {@code network.json} entry, the others by their leading bytes.
 */
public enum ModelFormat {

    KERAS_HDF5("Keras HDF5 model", new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1A, '\n'}),
    DL4J_ZIP("DL4J model zip", new byte[] {'P', 'K', 3, 4}),
    MCUQ_NETWORK("MCUQ network file", null);

    /** The formats, as listed to the user. */
    public static final String SUPPORTED = "a Keras HDF5 model (.h5), a DL4J model zip or an MCUQ network file"
            + " (" + NetworkFiles.EXTENSION + ")";

    private static final int PROBE = 8;

    private final String description;
    private final byte[] signature;

    ModelFormat(String description, byte[] signature) {
        this.description = description;
        this.signature = signature;
    }

    public String description() {
        return description;
    }

    /** The format of {@code file}, or a {@link ModelImportException} saying why it is not a model file. */
    public static ModelFormat detect(Path file) throws ModelImportException {
        byte[] head = readHead(file);
        if (NetworkFiles.isNetworkFile(file)) {
            return MCUQ_NETWORK;
        }
        for (ModelFormat format : values()) {
            if (format.signature != null && head.length >= format.signature.length
                    && Arrays.equals(head, 0, format.signature.length, format.signature, 0, format.signature.length)) {
                return format;
            }
        }
        throw new ModelImportException(file + " is not " + SUPPORTED
                + (head.length == 0 ? ": the file is empty" : ": it starts with bytes " + HexFormat.ofDelimiter(" ")
                        .formatHex(head)));
    }

    private static byte[] readHead(Path file) throws ModelImportException {
        if (Files.isDirectory(file)) {
            throw new ModelImportException(file + " is a folder; select a .h5, DL4J .zip or " + NetworkFiles.EXTENSION
                    + " model file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PROBE);
        } catch (NoSuchFileException e) {
            throw new ModelImportException("Model file not found: " + file, e);
        } catch (IOException e) {
            throw new ModelImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
