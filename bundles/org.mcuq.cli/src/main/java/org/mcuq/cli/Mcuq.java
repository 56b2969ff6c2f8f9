package org.mcuq.cli;

import java.io.PrintStream;
import java.util.Arrays;

import org.mcuq.cli.internal.CommandRegistry;
import org.mcuq.cli.internal.UsageException;
import org.mcuq.cli.internal.UserErrors;

/** Entry point of MCUQ's command line: {@code mcuq COMMAND [ARGS]}. Returns the process exit code. */
public final class Mcuq {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private Mcuq() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandRegistry commands = CommandRegistry.standard();
        if (args.length == 0 || isHelp(args[0])) {
            out.print(commands.help());
            return args.length == 0 ? USAGE : OK;
        }
        Command command = commands.find(args[0]);
        if (command == null) {
            err.println("mcuq: unknown command '" + args[0] + "'. Commands: " + commands.names() + ". See 'mcuq --help'.");
            return USAGE;
        }
        return runCommand(command, Arrays.copyOfRange(args, 1, args.length), out, err);
    }

    private static int runCommand(Command command, String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length > 0 && isHelp(args[0])) {
                out.println(command.usage());
                return OK;
            }
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println("mcuq " + command.name() + ": " + e.getMessage());
            err.println("usage: " + command.usage());
            return USAGE;
        } catch (Exception e) {
            if (!UserErrors.isUserError(e)) {
                err.println("mcuq " + command.name() + ": internal error, please report it with this trace:");
                e.printStackTrace(err);
                return FAILED;
            }
            err.println("mcuq " + command.name() + ": error: " + e.getMessage());
            return FAILED;
        }
    }

    private static boolean isHelp(String arg) {
        return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }
}
