package org.mcuq.ir.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes named entries as a zip archive that depends only on the entries: every entry carries the same fixed
 * local timestamp (no time-zone dependence, no extra time fields), so equal content gives identical bytes.
 */
public final class ArchiveWriter {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ArchiveWriter() {
    }

    /** Writes {@code entries} in their iteration order; {@code out} is finished but left open. */
    public static void write(Map<String, byte[]> entries, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            ZipEntry zipEntry = new ZipEntry(entry.getKey());
            zipEntry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(zipEntry);
            zip.write(entry.getValue());
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
