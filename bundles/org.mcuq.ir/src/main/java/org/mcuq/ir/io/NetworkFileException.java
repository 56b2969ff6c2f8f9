package org.mcuq.ir.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A network file that cannot be read or written: not a network file, damaged or truncated, incomplete, of a newer
 * format version, or describing an invalid network. The message names the file, the entry or layer at fault and
 * how to fix it.
 */
public class NetworkFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public NetworkFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }
}
