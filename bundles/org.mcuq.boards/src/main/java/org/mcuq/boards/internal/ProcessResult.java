package org.mcuq.boards.internal;

import java.time.Duration;

/** Outcome of an external program: exit code (meaningless when timed out), its output and how long it ran. */
public record ProcessResult(int exitCode, String stdout, String stderr, boolean timedOut, Duration elapsed) {

    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** Standard error, or standard output when that is empty: where tools put their diagnostics. */
    public String diagnostics() {
        return stderr.isBlank() ? stdout : stderr;
    }
}
