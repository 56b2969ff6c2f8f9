package org.mcuq.app.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.mcuq.cli.Mcuq;

/** The headless application behind {@code ./mcuq}: hands the arguments to the plain-Java command line. */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return Mcuq.run(args == null ? new String[0] : args, System.out, System.err);
    }

    @Override
    public void stop() {
        // Commands check for interruption themselves; nothing is held here.
    }
}
