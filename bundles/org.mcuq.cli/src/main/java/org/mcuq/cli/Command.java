package org.mcuq.cli;

import java.io.PrintStream;

/** One {@code mcuq} sub-command. */
public interface Command {

    String name();

    /** One line for {@code mcuq --help}. */
    String summary();

    /** The synopsis, e.g. {@code inspect MODEL [--json]}. */
    String usage();

    /** Runs the command; user errors are thrown as exceptions that {@link Mcuq} reports. */
    int run(String[] args, PrintStream out, PrintStream err) throws Exception;
}
