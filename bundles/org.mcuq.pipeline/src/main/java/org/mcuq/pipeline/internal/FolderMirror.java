package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a build folder hold exactly the files of a freshly generated one, rewriting only files whose content
 * changed, so that make recompiles only what changed (e.g. just the input when another input runs).
 */
public final class FolderMirror {

    private FolderMirror() {
    }

    public static void mirror(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<String> wanted = Folders.filesUnder(from);
        for (String name : wanted) {
            Path source = from.resolve(name);
            Path target = to.resolve(name);
            if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(source), Files.readAllBytes(target))) {
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Set<String> keep = new HashSet<>(wanted);
        for (String name : Folders.filesUnder(to)) {
            if (!keep.contains(name) && !isBuildOutput(name)) {
                Files.delete(to.resolve(name)); // e.g. a layer file of an earlier network
            }
        }
    }

    private static boolean isBuildOutput(String name) {
        return name.endsWith(".o") || name.equals("firmware.elf") || name.equals("firmware.map");
    }
}
