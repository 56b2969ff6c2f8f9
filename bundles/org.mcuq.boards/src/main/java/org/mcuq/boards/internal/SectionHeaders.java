package org.mcuq.boards.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mcuq.boards.MemoryReport.Section;

/**
 * Parses {@code arm-none-eabi-objdump -h}: per section a line "Idx Name Size VMA LMA Offset Align" (hex) and a
 * line of flags. Only ALLOC sections occupy target memory; LOAD marks those with contents in the image.
 */
public final class SectionHeaders {

    private static final Pattern HEADER = Pattern.compile(
            "^\\s*\\d+\\s+(\\S+)\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s+([0-9a-f]+)\\s+[0-9a-f]+\\s+2\\*\\*\\d+\\s*$");

    private SectionHeaders() {
    }

    public static List<Section> parse(String objdumpOutput) {
        List<Section> sections = new ArrayList<>();
        List<String> lines = objdumpOutput.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher m = HEADER.matcher(lines.get(i));
            if (m.matches() && lines.get(i + 1).contains("ALLOC")) {
                boolean loaded = lines.get(i + 1).contains("LOAD");
                sections.add(new Section(m.group(1), hex(m.group(2)), hex(m.group(3)), hex(m.group(4)), loaded));
            }
        }
        return sections;
    }

    private static long hex(String digits) {
        return Long.parseUnsignedLong(digits, 16);
    }
}
