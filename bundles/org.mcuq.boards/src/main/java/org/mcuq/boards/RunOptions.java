package org.mcuq.boards;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run a firmware.
 *
 * @param timeLimit wall-clock limit after which the guest is killed
 * @param profile whether to load the profiler plugin (instruction counts and cycle estimates per region)
 * @param workDirectory where console and profile files go; empty for a fresh temporary directory
 */
public record RunOptions(Duration timeLimit, boolean profile, Optional<Path> workDirectory) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    public RunOptions {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive, not " + timeLimit);
        }
    }

    /** 60 s, no profiling, temporary work directory. */
    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_TIME_LIMIT, false, Optional.empty());
    }

    public RunOptions withTimeLimit(Duration limit) {
        return new RunOptions(limit, profile, workDirectory);
    }

    public RunOptions withProfiling(boolean enabled) {
        return new RunOptions(timeLimit, enabled, workDirectory);
    }

    public RunOptions withWorkDirectory(Path directory) {
        return new RunOptions(timeLimit, profile, Optional.of(directory));
    }
}
