package org.mcuq.tests.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Small helpers for UI tests that drive the real workbench on the UI thread. */
public final class Workbenches {

    private Workbenches() {
    }

    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @SuppressWarnings("unchecked")
    public static <T extends IViewPart> T showView(String id) throws PartInitException {
        T view = (T) page().showView(id);
        processEvents();
        return view;
    }

    /** Runs the event loop until {@code condition} holds; fails with {@code what} after {@code timeout}. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            if (!Display.getCurrent().readAndDispatch()) {
                sleepBriefly();
            }
        }
    }

    /** Waits for the jobs of {@code family} to finish while keeping the UI responsive. */
    public static void waitForJobs(Object family, Duration timeout) {
        waitUntil("jobs of " + family, timeout, () -> Job.getJobManager().find(family).length == 0);
        processEvents();
    }

    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
