package org.mcuq.boards.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.CRC32;

import org.mcuq.boards.Fault;

/**
 * Parses the firmware console (see docs/firmware-contract.md):
 * <pre>
 * &#64;mcuq out NAME HEX        up to 32 bytes of result NAME, appended in order
 * &#64;mcuq end NAME LENGTH CRC closes NAME: decimal byte count, CRC-32 (IEEE) as 8 hex digits
 * &#64;mcuq stack USED SIZE     stack high-water and stack size in bytes (after main returns)
 * &#64;mcuq fault EXC PC [stack-overflow]  unhandled exception number, stacked PC (hex), overflow flag
 * </pre>
 * Any other line is console text.
 */
public final class ConsoleProtocol {

    private static final String PREFIX = "@mcuq ";

    private final List<String> text = new ArrayList<>();
    private final Map<String, ByteArrayOutputStream> pending = new LinkedHashMap<>();
    private final Map<String, byte[]> outputs = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private OptionalLong stackUsed = OptionalLong.empty();
    private OptionalLong stackSize = OptionalLong.empty();
    private Optional<Fault> fault = Optional.empty();

    private ConsoleProtocol() {
    }

    public static ConsoleTranscript parse(String console) {
        ConsoleProtocol parser = new ConsoleProtocol();
        console.lines().forEach(parser::accept);
        return parser.finish();
    }

    private void accept(String line) {
        if (!line.startsWith(PREFIX)) {
            text.add(line);
            return;
        }
        String[] parts = line.substring(PREFIX.length()).trim().split(" ");
        try {
            record(parts, line);
        } catch (RuntimeException e) {
            problems.put(parts.length > 1 ? parts[1] : "?", "has a malformed protocol line '" + line + "'");
        }
    }

    private void record(String[] parts, String line) {
        switch (parts[0]) {
            case "out" -> pending.computeIfAbsent(parts[1], n -> new ByteArrayOutputStream())
                    .writeBytes(HexFormat.of().parseHex(parts.length > 2 ? parts[2] : ""));
            case "end" -> close(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3], 16));
            case "stack" -> {
                stackUsed = OptionalLong.of(Long.parseLong(parts[1]));
                stackSize = OptionalLong.of(Long.parseLong(parts[2]));
            }
            case "fault" -> fault = Optional.of(new Fault(Integer.parseInt(parts[1]), Long.parseLong(parts[2], 16),
                    parts.length > 3 && parts[3].equals("stack-overflow")));
            default -> text.add(line);
        }
    }

    private void close(String name, long length, long crc) {
        ByteArrayOutputStream data = pending.remove(name);
        byte[] bytes = data == null ? new byte[0] : data.toByteArray();
        CRC32 check = new CRC32();
        check.update(bytes);
        if (bytes.length != length) {
            problems.put(name, "is corrupt: " + length + " bytes announced, " + bytes.length + " received");
        } else if (check.getValue() != crc) {
            problems.put(name, String.format("is corrupt: CRC-32 %08x announced, %08x received", crc,
                    check.getValue()));
        } else {
            outputs.put(name, bytes);
        }
    }

    private ConsoleTranscript finish() {
        pending.forEach((name, data) -> problems.put(name, "is incomplete: " + data.size()
                + " bytes arrived but no '@mcuq end' line (did the firmware stop while sending it?)"));
        return new ConsoleTranscript(text, outputs, problems, stackUsed, stackSize, fault);
    }
}
