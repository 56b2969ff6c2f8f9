package org.mcuq.liteengine.cost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.mcuq.boards.RegionProfile;
import org.mcuq.boards.RunResult;
import org.mcuq.boards.Toolchain;

/** What one profiled firmware run measured: per-region counts, and code and constant bytes per object file. */
final class Measurements {

    /** Bytes of executable code and of read-only data (the constant tables) defined by one object file. */
    record ObjectBytes(long code, long constants) {
    }

    private final RunResult run;
    private final Path root;

    Measurements(RunResult run, Path root) {
        this.run = run;
        this.root = root;
    }

    boolean entered(int region) {
        return run.requireProfile().regions().containsKey(region);
    }

    long instructions(int region) {
        return profile(region).totalInstructions();
    }

    long cycles(int region) {
        return profile(region).totalCycles();
    }

    private RegionProfile profile(int region) {
        return run.requireProfile().region(region);
    }

    /** The object of the layer at {@code step} of the network generated with {@code prefix}. */
    ObjectBytes layerObject(String prefix, int step) {
        return objectBytes(layerFile(prefix, step, ".o"));
    }

    /** Bytes of the constant arrays the layer's generated C file declares. */
    long declaredConstants(String prefix, int step) {
        return DeclaredTables.bytes(layerFile(prefix, step, ".c"));
    }

    private Path layerFile(String prefix, int step, String extension) {
        String start = String.format("%s_l%02d_", prefix, step);
        try (Stream<Path> files = Files.list(root.resolve(prefix))) {
            return files.filter(p -> p.getFileName().toString().startsWith(start))
                    .filter(p -> p.toString().endsWith(extension)).findFirst().orElseThrow(
                            () -> new AssertionError("No " + start + "*" + extension + " in " + root.resolve(prefix)));
        } catch (IOException e) {
            throw new AssertionError("Cannot list " + root.resolve(prefix) + ": " + e.getMessage(), e);
        }
    }

    /** The object of {@code <prefix>.c}: the arena and the run function. */
    ObjectBytes networkObject(String prefix) {
        return objectBytes(root.resolve(prefix).resolve(prefix + ".o"));
    }

    private static ObjectBytes objectBytes(Path object) {
        long code = 0;
        long constants = 0;
        for (String line : nm(object)) {
            String[] field = line.trim().split("\\s+");
            if (field.length == 4) {
                long size = Long.parseLong(field[1], 16);
                char type = Character.toLowerCase(field[2].charAt(0));
                code += type == 't' ? size : 0;
                constants += type == 'r' ? size : 0;
            }
        }
        return new ObjectBytes(code, constants);
    }

    private static List<String> nm(Path object) {
        try {
            Process nm = new ProcessBuilder(Toolchain.fromEnvironment().armNm().toString(), "-S", "--defined-only",
                    object.toString()).redirectErrorStream(true).start();
            String out = new String(nm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!nm.waitFor(1, TimeUnit.MINUTES) || nm.exitValue() != 0) {
                throw new AssertionError("arm-none-eabi-nm failed on " + object + ":\n" + out);
            }
            return out.lines().toList();
        } catch (IOException e) {
            throw new AssertionError("Cannot run arm-none-eabi-nm on " + object + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
