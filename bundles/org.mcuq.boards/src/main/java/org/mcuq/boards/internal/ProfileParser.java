package org.mcuq.boards.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.boards.BoardException;
import org.mcuq.boards.Counts;
import org.mcuq.boards.CycleModel;
import org.mcuq.boards.InstructionClass;
import org.mcuq.boards.Profile;
import org.mcuq.boards.RegionProfile;

/**
 * Reads the plugin's result file: a header "mcuq-profile 1 model=NAME", one "region key=value..." line per
 * entered region, an "outside key=value..." line, "error TEXT" lines for marker misuse, and "end".
 */
public final class ProfileParser {

    private static final String HEADER = "mcuq-profile 1 ";

    private ProfileParser() {
    }

    public static Profile parse(String text, String source) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(HEADER) || !lines.get(lines.size() - 1).equals("end")) {
            throw new BoardException("The profiler result " + source + " is incomplete or not in format 1 "
                    + "(QEMU may have been killed before it exited)");
        }
        CycleModel model = CycleModel.byName(fields(lines.get(0).substring(HEADER.length())).get("model"));
        Map<Integer, RegionProfile> regions = new HashMap<>();
        Counts outside = null;
        List<String> errors = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            if (line.startsWith("region ")) {
                RegionProfile region = region(fields(line.substring(7)));
                regions.put(region.id(), region);
            } else if (line.startsWith("outside ")) {
                outside = counts(fields(line.substring(8)));
            } else if (line.startsWith("error ")) {
                errors.add(line.substring(6));
            }
        }
        requireNoErrors(errors, source);
        if (outside == null) {
            throw new BoardException("The profiler result " + source + " has no 'outside' line");
        }
        return new Profile(model, regions, outside);
    }

    private static void requireNoErrors(List<String> errors, String source) {
        if (!errors.isEmpty()) {
            throw new BoardException("The firmware's region markers are inconsistent (" + source + "): "
                    + String.join("; ", errors) + ". Every MCUQ_BEGIN(r) needs a matching MCUQ_END(r), properly "
                    + "nested.");
        }
    }

    private static RegionProfile region(Map<String, String> fields) {
        return new RegionProfile((int) number(fields, "id"), number(fields, "entries"), counts(fields),
                number(fields, "total_insns"), number(fields, "total_cycles"));
    }

    private static Counts counts(Map<String, String> fields) {
        Map<InstructionClass, Long> classes = new EnumMap<>(InstructionClass.class);
        for (InstructionClass c : InstructionClass.values()) {
            classes.put(c, number(fields, c.key()));
        }
        return new Counts(number(fields, "insns"), number(fields, "cycles"), classes,
                number(fields, "load_multiple_regs"), number(fields, "store_multiple_regs"), number(fields, "taken"),
                number(fields, "pipelined_loads"), number(fields, "agu_stalls"), number(fields, "unknown"));
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : text.trim().split("\\s+")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        return fields;
    }

    private static long number(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null) {
            throw new BoardException("The profiler result lacks the field '" + key + "'; the plugin and "
                    + "org.mcuq.boards do not match (clear the plugin cache)");
        }
        return Long.parseLong(value);
    }
}
