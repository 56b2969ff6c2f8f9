package org.mcuq.importer.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.ir.io.NetworkFileException;
import org.mcuq.ir.io.NetworkFiles;

/** Loads an MCUQ network file: the network exactly as it was saved, without transforms. */
public final class NetworkFileLoader {

    private NetworkFileLoader() {
    }

    /** The network in {@code file}; {@code inputShape}, if given, must be the one the file records. */
    public static Network load(Path file, Shape inputShape) throws ModelImportException {
        Network network;
        try {
            network = NetworkFiles.read(file);
        } catch (NetworkFileException e) {
            throw new ModelImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ModelImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        Shape recorded = network.inputLayer().shape();
        if (inputShape != null && !inputShape.equals(recorded)) {
            throw new ModelImportException(file + " records the input shape " + recorded + ", which cannot be"
                    + " changed to " + inputShape + " (an MCUQ network file holds a complete network); drop the"
                    + " input shape or use " + recorded);
        }
        return network;
    }
}
