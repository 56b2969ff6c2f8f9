package org.mcuq.liteengine.codegen.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.mcuq.liteengine.codegen.CodeGenerationException;

/**
 * Writes a generated project under the regeneration policy of {@link org.mcuq.liteengine.codegen.CodeGenerator}:
 * every check runs before the first byte is written, so a refused regeneration leaves the folder as it was.
 */
public final class ProjectWriter {

    /** What a write did, as paths relative to the project folder. */
    public record Outcome(List<String> written, List<String> kept, List<String> deleted) {
    }

    private final Path directory;
    private final Map<String, byte[]> files;
    private final Set<String> scaffold;
    private final Manifest previous;
    private final List<String> problems = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private final List<String> stale = new ArrayList<>();

    private ProjectWriter(Path directory, Map<String, byte[]> files, Set<String> scaffold) {
        this.directory = directory;
        this.files = files;
        this.scaffold = scaffold;
        this.previous = Manifest.read(directory);
    }

    /**
     * @param files    relative path to content, in writing order
     * @param scaffold paths the user may take over by editing them (application, build and board files)
     */
    public static Outcome write(Path directory, Map<String, byte[]> files, Set<String> scaffold, boolean force) {
        requireDirectory(directory);
        List<String> existing = existingFiles(directory);
        if (!existing.isEmpty() && !force) {
            throw new CodeGenerationException("The output folder " + directory + " is not empty (" + existing.size()
                    + " files, e.g. " + String.join(", ", existing.subList(0, Math.min(3, existing.size())))
                    + "); generate into an empty folder, or use force to regenerate over an earlier generation");
        }
        ProjectWriter writer = new ProjectWriter(directory, files, scaffold);
        writer.check();
        return writer.apply();
    }

    private void check() {
        files.keySet().stream().filter(path -> Files.exists(directory.resolve(path))).forEach(this::checkExisting);
        for (String path : previous.hashes().keySet()) {
            if (!files.containsKey(path) && Files.exists(directory.resolve(path))) {
                checkStale(path);
            }
        }
        if (!problems.isEmpty()) {
            throw new CodeGenerationException("Cannot regenerate into " + directory + ": " + String.join("; ",
                    problems) + ". Generated network files are not meant to be edited: move your changes elsewhere"
                    + " and delete these files (or choose another folder), then regenerate");
        }
    }

    /** A file about to be written exists: replace it if it is ours and untouched, keep an edited scaffold file. */
    private void checkExisting(String path) {
        boolean ours = previous.lists(path);
        boolean untouched = ours && previous.unchanged(directory, path);
        if (scaffold.contains(path) && !untouched) {
            kept.add(path);
        } else if (!ours) {
            problems.add(path + " exists but was not written by the generator");
        } else if (!untouched) {
            problems.add(path + " was edited after it was generated");
        }
    }

    /** A file of the earlier generation that is no longer generated: delete it unless it was edited. */
    private void checkStale(String path) {
        if (previous.unchanged(directory, path)) {
            stale.add(path);
        } else {
            problems.add(path + " (no longer generated) was edited after it was generated");
        }
    }

    private Outcome apply() {
        Map<String, String> hashes = new LinkedHashMap<>();
        List<String> written = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                if (kept.contains(e.getKey())) {
                    continue;
                }
                Path file = directory.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
                hashes.put(e.getKey(), Manifest.sha256(e.getValue()));
                written.add(e.getKey());
            }
            for (String path : stale) {
                Files.delete(directory.resolve(path));
            }
            Files.writeString(directory.resolve(Manifest.FILE_NAME), new Manifest(hashes).render());
        } catch (IOException e) {
            throw new CodeGenerationException("Could not write the project to " + directory + ": " + e.getMessage(), e);
        }
        return new Outcome(written, List.copyOf(kept), List.copyOf(stale));
    }

    private static void requireDirectory(Path directory) {
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new CodeGenerationException("The output path " + directory + " is a file; give a folder");
            }
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CodeGenerationException("Could not create the output folder " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<String> existingFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(Manifest.FILE_NAME)).sorted().toList();
        } catch (IOException e) {
            throw new CodeGenerationException("Could not list the output folder " + directory + ": "
                    + e.getMessage(), e);
        }
    }
}
