package org.mcuq.ir.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text into {@link Map} (keys in file order), {@link List}, {@link String}, {@link JsonNumber},
 * {@link Boolean} and {@code null}.
 */
public final class JsonParser {

    private final String text;
    private int pos;

    private JsonParser(String text) {
        this.text = text;
    }

    /** The single value in {@code text}. */
    public static Object parse(String text) throws JsonSyntaxException {
        JsonParser parser = new JsonParser(text);
        Object value = parser.value();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected text after the end of the JSON value");
        }
        return value;
    }

    private Object value() throws JsonSyntaxException {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end of text, a value is missing");
        }
        char ch = text.charAt(pos);
        return switch (ch) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() throws JsonSyntaxException {
        Map<String, Object> members = new LinkedHashMap<>();
        pos++;
        if (consume('}')) {
            return members;
        }
        do {
            skipSpace();
            int keyAt = pos;
            String key = string();
            expect(':');
            if (members.put(key, value()) != null) {
                pos = keyAt;
                throw error("duplicate key \"" + key + "\"");
            }
        } while (consume(','));
        expect('}');
        return members;
    }

    private List<Object> array() throws JsonSyntaxException {
        List<Object> items = new ArrayList<>();
        pos++;
        if (consume(']')) {
            return items;
        }
        do {
            items.add(value());
        } while (consume(','));
        expect(']');
        return items;
    }

    private String string() throws JsonSyntaxException {
        if (pos >= text.length() || text.charAt(pos) != '"') {
            throw error("a string in double quotes was expected");
        }
        StringBuilder out = new StringBuilder();
        for (pos++; pos < text.length(); pos++) {
            char ch = text.charAt(pos);
            if (ch == '"') {
                pos++;
                return out.toString();
            }
            out.append(ch == '\\' ? escape() : ch);
        }
        throw error("a string is not closed");
    }

    private char escape() throws JsonSyntaxException {
        char ch = ++pos < text.length() ? text.charAt(pos) : '?';
        return switch (ch) {
            case '"', '\\', '/' -> ch;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("invalid escape \\" + ch);
        };
    }

    private char unicodeEscape() throws JsonSyntaxException {
        if (pos + 5 > text.length()) {
            throw error("incomplete \\u escape");
        }
        try {
            char ch = (char) Integer.parseInt(text.substring(pos + 1, pos + 5), 16);
            pos += 4;
            return ch;
        } catch (NumberFormatException e) {
            throw error("invalid \\u escape");
        }
    }

    private JsonNumber number() throws JsonSyntaxException {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String number = text.substring(start, pos);
        if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            pos = start;
            throw error("a value (object, array, string, number, true, false or null) was expected");
        }
        return new JsonNumber(number);
    }

    private Object literal(String word, Object value) throws JsonSyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error("a value (object, array, string, number, true, false or null) was expected");
        }
        pos += word.length();
        return value;
    }

    private boolean consume(char ch) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ch) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char ch) throws JsonSyntaxException {
        if (!consume(ch)) {
            throw error("'" + ch + "' was expected");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private JsonSyntaxException error(String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonSyntaxException(problem + " at line " + line + ", column " + (pos - lineStart + 1));
    }
}
