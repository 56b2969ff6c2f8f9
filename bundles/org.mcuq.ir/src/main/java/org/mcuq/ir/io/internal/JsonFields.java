package org.mcuq.ir.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed access to the members of one parsed JSON object. A missing or mistyped member raises a
 * {@link ContentProblem} naming {@code where} the object is.
 */
public final class JsonFields {

    private final Map<?, ?> members;
    private final String where;

    public JsonFields(Object object, String where) {
        if (!(object instanceof Map<?, ?> map)) {
            throw new ContentProblem(where + " must be a JSON object but is " + describe(object));
        }
        this.members = map;
        this.where = where;
    }

    public String where() {
        return where;
    }

    public boolean has(String key) {
        return members.containsKey(key);
    }

    public Object get(String key) {
        if (!members.containsKey(key)) {
            throw new ContentProblem(where + " has no \"" + key + "\" member");
        }
        return members.get(key);
    }

    public String string(String key) {
        return as(String.class, key, "a string");
    }

    public int integer(String key) {
        return toInt(get(key), key);
    }

    /** A float written as a number, or as "NaN", "Infinity" or "-Infinity". */
    public float floatValue(String key) {
        Object value = get(key);
        if (value instanceof JsonNumber n) {
            return Float.parseFloat(n.text());
        }
        if (value instanceof String s && List.of("NaN", "Infinity", "-Infinity").contains(s)) {
            return Float.parseFloat(s);
        }
        throw mistyped(key, "a number");
    }

    /** An array of exactly {@code count} integers, or any number of them if {@code count} is negative. */
    public int[] integers(String key, int count) {
        List<?> items = list(key);
        if (count >= 0 && items.size() != count) {
            throw new ContentProblem(where + ": \"" + key + "\" must hold " + count + " integers but holds "
                    + items.size());
        }
        int[] values = new int[items.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = toInt(items.get(i), key);
        }
        return values;
    }

    public List<String> strings(String key) {
        List<String> values = new ArrayList<>();
        for (Object item : list(key)) {
            if (!(item instanceof String s)) {
                throw mistyped(key, "an array of strings");
            }
            values.add(s);
        }
        return values;
    }

    public List<?> list(String key) {
        return as(List.class, key, "an array");
    }

    public JsonFields object(String key, String whereInside) {
        as(Map.class, key, "an object");
        return new JsonFields(get(key), whereInside);
    }

    private <T> T as(Class<T> type, String key, String expected) {
        Object value = get(key);
        if (!type.isInstance(value)) {
            throw mistyped(key, expected);
        }
        return type.cast(value);
    }

    private int toInt(Object value, String key) {
        if (value instanceof JsonNumber n && n.text().matches("-?[0-9]{1,10}")) {
            long parsed = Long.parseLong(n.text());
            if (parsed == (int) parsed) {
                return (int) parsed;
            }
        }
        throw mistyped(key, "an integer (or integers)");
    }

    private ContentProblem mistyped(String key, String expected) {
        return new ContentProblem(where + ": \"" + key + "\" must be " + expected + " but is "
                + describe(members.get(key)));
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "the string \"" + s + "\"";
            case JsonNumber n -> "the number " + n;
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            default -> String.valueOf(value);
        };
    }
}
