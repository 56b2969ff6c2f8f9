package org.mcuq.cli.internal;

import java.io.PrintStream;

import org.mcuq.pipeline.Progress;

/** Shows the pipeline's long steps and warnings on stderr, prefixed with the command. */
final class ProgressPrinter implements Progress {

    private final PrintStream err;
    private final String command;

    ProgressPrinter(PrintStream err, String command) {
        this.err = err;
        this.command = command;
    }

    @Override
    public void step(String message) {
        err.println("mcuq " + command + ": " + message + " ...");
    }

    @Override
    public void warning(String message) {
        err.println("mcuq " + command + ": warning: " + message);
    }
}
