package org.mcuq.ir.io.internal;

import java.util.List;
import java.util.Map;

import org.mcuq.ir.text.Json;

/**
 * Writes the values {@link JsonParser} produces (plus {@link Integer} and {@link Float}) as JSON text. The top
 * object and lists of objects are spread over lines, one member or item each; everything else stays on one line.
 * Floats are written in their shortest exact decimal form; non-finite floats as the strings "NaN", "Infinity" and
 * "-Infinity", which {@link JsonFields} reads back.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {
    }

    public static String write(Map<String, ?> document) {
        JsonWriter writer = new JsonWriter();
        writer.expanded(document, "");
        return writer.out.append('\n').toString();
    }

    private void expanded(Map<String, ?> object, String indent) {
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, ?> member : object.entrySet()) {
            out.append(separator).append(indent).append("  ").append(Json.quote(member.getKey())).append(": ");
            if (member.getValue() instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance)) {
                expanded(list, indent + "  ");
            } else {
                inline(member.getValue());
            }
            separator = ",\n";
        }
        out.append('\n').append(indent).append('}');
    }

    private void expanded(List<?> items, String indent) {
        out.append('[');
        String separator = "\n";
        for (Object item : items) {
            out.append(separator).append(indent).append("  ");
            inline(item);
            separator = ",\n";
        }
        out.append('\n').append(indent).append(']');
    }

    private void inline(Object value) {
        switch (value) {
            case null -> out.append("null");
            case String s -> out.append(Json.quote(s));
            case Float f -> out.append(Float.isFinite(f) ? f.toString() : Json.quote(f.toString()));
            case Integer i -> out.append(i);
            case Boolean b -> out.append(b);
            case JsonNumber n -> out.append(n.text());
            case Map<?, ?> map -> inlineObject(map);
            case List<?> list -> inlineList(list);
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private void inlineObject(Map<?, ?> object) {
        out.append('{');
        String separator = "";
        for (Map.Entry<?, ?> member : object.entrySet()) {
            out.append(separator).append(Json.quote((String) member.getKey())).append(": ");
            inline(member.getValue());
            separator = ", ";
        }
        out.append('}');
    }

    private void inlineList(List<?> items) {
        out.append('[');
        String separator = "";
        for (Object item : items) {
            out.append(separator);
            inline(item);
            separator = ", ";
        }
        out.append(']');
    }
}
