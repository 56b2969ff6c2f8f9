package org.mcuq.ir.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

import org.mcuq.ir.Network;
import org.mcuq.ir.io.internal.ArchiveReader;
import org.mcuq.ir.io.internal.ArchiveWriter;
import org.mcuq.ir.io.internal.ContentProblem;
import org.mcuq.ir.io.internal.NetworkDocument;
import org.mcuq.ir.io.internal.NetworkReader;

/**
 * Saves and loads a {@link Network} as an MCUQ network file ({@value #EXTENSION}): a zip archive holding
 * {@code network.json} (format version, network name and every layer in order with its type, name, inputs and
 * hyper-parameters; weight tensors are referenced by entry name and shape), one little-endian float32 entry per
 * weight tensor, and {@code mcuq-model.json} with the caller's metadata. Reading gives back a network equal to
 * the written one in every field and every weight bit. Writing is atomic and deterministic: the same network and
 * metadata always give the same bytes.
 */
public final class NetworkFiles {

    /** File name extension of network files. */
    public static final String EXTENSION = ".mcuqnet";

    /** Format version written; files of a higher version are refused. */
    public static final int FORMAT_VERSION = NetworkDocument.VERSION;

    /**
     * Metadata key for how 8-bit pixels become input values, as a rule such as {@code "pixel / 255"},
     * {@code "pixel"}, {@code "pixel - 128"} or {@code "(pixel - 128) / 255"}: the key and syntax MCUQ's
     * {@code mcuq-model.json} uses in DL4J zips.
     */
    public static final String INPUT_SCALING = "inputScaling";

    private NetworkFiles() {
    }

    /** Writes {@code network} without metadata; see {@link #write(Network, Map, Path)}. */
    public static void write(Network network, Path file) throws IOException {
        write(network, Map.of(), file);
    }

    /**
     * Writes {@code network} and {@code metadata} (string keys and values, e.g. {@link #INPUT_SCALING}) to
     * {@code file}, replacing it in one step: the content goes to a temporary file in the same folder that is
     * renamed over {@code file}, so a failure leaves an existing file untouched and no temporary file behind.
     */
    public static void write(Network network, Map<String, String> metadata, Path file) throws IOException {
        Objects.requireNonNull(network, "network");
        requireStrings(metadata);
        if (Files.isDirectory(file)) {
            throw new NetworkFileException(file, "this is a folder; give a file name ending in " + EXTENSION, null);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new NetworkFileException(file, "the folder " + folder + " does not exist; create it first", null);
        }
        Map<String, byte[]> entries = NetworkDocument.entries(network, metadata);
        AtomicFile.write(file, out -> ArchiveWriter.write(entries, out));
    }

    /** Reads the network stored in {@code file}. */
    public static Network read(Path file) throws IOException {
        try (ArchiveReader archive = open(file)) {
            return NetworkReader.network(archive);
        } catch (ContentProblem e) {
            throw new NetworkFileException(file, e.getMessage(), e.getCause());
        }
    }

    /** The metadata stored in {@code file}, sorted by key; empty if none was written. */
    public static Map<String, String> readMetadata(Path file) throws IOException {
        try (ArchiveReader archive = open(file)) {
            return NetworkReader.metadata(archive);
        } catch (ContentProblem e) {
            throw new NetworkFileException(file, e.getMessage(), e.getCause());
        }
    }

    /**
     * True if {@code file} is meant to be a network file: its name ends in {@value #EXTENSION}, or it is a zip
     * archive with a {@code network.json} entry. It may still be damaged; {@link #read(Path)} says how.
     */
    public static boolean isNetworkFile(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().endsWith(EXTENSION)) {
            return true;
        }
        try (ArchiveReader archive = ArchiveReader.isZip(file) ? ArchiveReader.open(file) : null) {
            return archive != null && archive.has(NetworkDocument.NETWORK_ENTRY);
        } catch (IOException | ContentProblem e) {
            return false;
        }
    }

    private static ArchiveReader open(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "network file not found");
        }
        try {
            return ArchiveReader.open(file);
        } catch (ContentProblem e) {
            throw new NetworkFileException(file, e.getMessage(), e.getCause());
        }
    }

    private static void requireStrings(Map<String, String> metadata) {
        Objects.requireNonNull(metadata, "metadata (use Map.of() for none)");
        metadata.forEach((key, value) -> {
            if (key == null || value == null) {
                throw new IllegalArgumentException("Metadata keys and values must not be null, found " + key
                        + " = " + value + ".");
            }
        });
    }
}
