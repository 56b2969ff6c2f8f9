package org.mcuq.boards.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.mcuq.boards.BoardException;
import org.mcuq.boards.Toolchain;

/**
 * The mcuq_profiler QEMU plugin, compiled with the host gcc on first use into
 * {@code <cache>/profiler-<source hash>/libmcuq_profiler.so}; a changed source gets a new directory.
 */
public final class ProfilerPlugin {

    static final String LIBRARY = "libmcuq_profiler.so";
    private static final Duration COMPILE_LIMIT = Duration.ofMinutes(2);

    private ProfilerPlugin() {
    }

    /** The plugin library, compiling it first if this source version has not been compiled yet. */
    public static synchronized Path ensureBuilt(Toolchain toolchain, Path cacheDirectory) {
        Path directory = cacheDirectory.resolve("profiler-" + CSources.PLUGIN.contentHash());
        Path library = directory.resolve(LIBRARY);
        if (Files.isRegularFile(library)) {
            return library;
        }
        compile(toolchain, directory, library);
        return library;
    }

    private static void compile(Toolchain toolchain, Path directory, Path library) {
        try {
            Files.createDirectories(directory);
            Path work = Files.createTempDirectory(directory, "build");
            CSources.PLUGIN.extractTo(work);
            Path built = work.resolve(LIBRARY);
            ProcessResult result = ProcessRunner.run(List.of(toolchain.hostGcc().toString(), "-shared", "-fPIC",
                    "-O2", "-std=c11", "-Wall", "-fvisibility=hidden", "-o", built.toString(),
                    work.resolve("mcuq_profiler.c").toString()), work, COMPILE_LIMIT);
            if (!result.succeeded()) {
                throw new BoardException("Compiling the QEMU profiler plugin in " + work + " failed:\n"
                        + result.diagnostics() + "\nCheck that the host gcc works ("
                        + Toolchain.class.getSimpleName() + " found " + toolchain.hostGcc() + ").");
            }
            moveIntoPlace(built, library);
        } catch (IOException e) {
            throw new BoardException("Could not build the QEMU profiler plugin under " + directory + ": "
                    + e.getMessage() + ". Set -D" + CacheLocation.PROPERTY + " to a writable directory.", e);
        }
    }

    /** Atomic so that a concurrent run never sees a half-written library. */
    private static void moveIntoPlace(Path built, Path library) throws IOException {
        try {
            Files.move(built, library, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, library, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
