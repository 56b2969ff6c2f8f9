package org.mcuq.cli.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.cli.Command;

/** The sub-commands of {@code mcuq}, in the order {@code --help} lists them. */
public final class CommandRegistry {

    private final Map<String, Command> commands = new LinkedHashMap<>();

    private CommandRegistry(List<Command> all) {
        all.forEach(command -> commands.put(command.name(), command));
    }

    public static CommandRegistry standard() {
        return new CommandRegistry(List.of(new InspectCommand(), new QuantizeCommand(), new GenerateCommand(),
                new RunCommand(), new ProfileCommand(), new BenchCommand()));
    }

    public Command find(String name) {
        return commands.get(name);
    }

    public String names() {
        return String.join(", ", commands.keySet());
    }

    public String help() {
        StringBuilder text = new StringBuilder("usage: mcuq COMMAND [ARGS]\n\nCommands:\n");
        commands.values().forEach(c -> text.append(String.format("  %-10s %s%n", c.name(), c.summary())));
        text.append("\nRun 'mcuq COMMAND --help' for a command's arguments.\n");
        return text.toString();
    }
}
