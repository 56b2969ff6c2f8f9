package org.mcuq.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dataset file that cannot be read as the expected format. The message names the file, the byte offset (in the
 * decompressed content for gzip files) and what was expected there.
 */
public class DatasetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public DatasetFormatException(String message) {
        super(message);
    }

    public DatasetFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem at a byte offset of {@code file}. */
    public static DatasetFormatException at(Path file, long offset, String problem) {
        return new DatasetFormatException(file + ", offset " + offset + ": " + problem);
    }

    /** A problem with {@code file} as a whole. */
    public static DatasetFormatException in(Path file, String problem) {
        return new DatasetFormatException(file + ": " + problem);
    }
}
