package org.mcuq.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parsed arguments of one command: positional values, {@code --flag}s and {@code --option value}s. */
public final class Arguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private Arguments() {
    }

    /**
     * @param flags   options without a value, e.g. {@code --json}
     * @param valued  options followed by a value, e.g. {@code --out}
     */
    public static Arguments parse(String[] args, Set<String> flags, Set<String> valued) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                parsed.positional.add(arg);
            } else if (flags.contains(arg)) {
                parsed.options.put(arg, "true");
            } else if (valued.contains(arg)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(arg + " needs a value");
                }
                parsed.options.put(arg, args[++i]);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return parsed;
    }

    public List<String> positional() {
        return positional;
    }

    /** The single positional argument, named {@code what} in the error when it is missing or repeated. */
    public String onlyPositional(String what) {
        if (positional.size() != 1) {
            throw new UsageException(positional.isEmpty() ? "missing " + what : "expected one " + what + ", got " + positional);
        }
        return positional.get(0);
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of an option the command cannot do without. */
    public String requiredOption(String name) {
        return option(name).orElseThrow(() -> new UsageException("missing " + name));
    }

    public Path existingFile(String value, String what) {
        Path path = Path.of(value);
        if (!path.toFile().isFile()) {
            throw new UsageException(what + " '" + value + "' does not exist or is not a file");
        }
        return path;
    }
}
