package org.mcuq.liteengine.cost;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bytes of the {@code static const} integer arrays declared in a generated C file (one or two dimensions). */
final class DeclaredTables {

    private static final Pattern ARRAY = Pattern.compile(
            "static const (u?int(?:8|16|32)_t) \\w+\\[(\\d+)\\](?:\\[(\\d+)\\])? =");
    private static final Map<String, Integer> SIZES = Map.of("int8_t", 1, "uint8_t", 1, "int16_t", 2, "uint16_t", 2,
            "int32_t", 4, "uint32_t", 4);

    private DeclaredTables() {
    }

    static long bytes(Path source) {
        try {
            Matcher m = ARRAY.matcher(Files.readString(source));
            long bytes = 0;
            while (m.find()) {
                long elements = Long.parseLong(m.group(2)) * (m.group(3) == null ? 1 : Long.parseLong(m.group(3)));
                bytes += elements * SIZES.get(m.group(1));
            }
            return bytes;
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + source + ": " + e.getMessage(), e);
        }
    }
}
