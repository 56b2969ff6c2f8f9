package org.mcuq.liteengine.codegen.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A C source template from the bundle's {@code liteengine-c/} resources. {@code {{KEY}}} is replaced by its
 * value; every key in the template must be given, so a misspelt key fails generation instead of reaching the
 * compiler.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Z0-9_]+)\\}\\}");

    private final String name;
    private final String text;
    private final Map<String, String> values = new HashMap<>();

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static Template load(String name) {
        return new Template(name, resource(name));
    }

    /** The resource's bytes, unchanged. */
    public static String resource(String name) {
        String path = "/liteengine-c/" + name;
        try (InputStream in = Template.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + path + " is missing from the LiteEngine bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read resource " + path, e);
        }
    }

    public Template with(String key, Object value) {
        values.put(key, String.valueOf(value));
        return this;
    }

    public String render() {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Template " + name + " needs a value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
