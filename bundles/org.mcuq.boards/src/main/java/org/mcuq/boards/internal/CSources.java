package org.mcuq.boards.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.mcuq.boards.BoardException;

/** The C sources shipped in this bundle's jar (under mcuq-c/), grouped as the profiler plugin and the firmware kit. */
public enum CSources {

    PLUGIN("plugin", List.of("qemu_plugin_api.h", "mcuq_profiler.c")),
    FIRMWARE("firmware", List.of("mcuq.h", "mcuq_semihost.h", "mcuq_semihost.c", "mcuq_startup.c",
            "mcuq_mark.c", "mcuq_output.c", "mcuq.ld.template", "Makefile.template")),
    /** The DWT cycle-counting marker for real boards: replaces mcuq_mark.c. */
    CYCLES("firmware", List.of("mcuq_cycles.c"));

    private final String directory;
    private final List<String> files;

    CSources(String directory, List<String> files) {
        this.directory = directory;
        this.files = files;
    }

    public List<String> files() {
        return files;
    }

    /** The C files to compile (headers and templates excluded). */
    public List<String> compilationUnits() {
        return files.stream().filter(f -> f.endsWith(".c")).toList();
    }

    public byte[] read(String file) {
        String resource = "/mcuq-c/" + directory + "/" + file;
        try (InputStream in = CSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new BoardException("Resource " + resource + " is missing from the org.mcuq.boards jar; "
                        + "rebuild the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BoardException("Could not read resource " + resource + ": " + e.getMessage(), e);
        }
    }

    public String readText(String file) {
        return new String(read(file), StandardCharsets.UTF_8);
    }

    /** Writes all files of the group into the directory (created if needed). */
    public void extractTo(Path target) {
        try {
            Files.createDirectories(target);
            for (String file : files) {
                Files.write(target.resolve(file), read(file));
            }
        } catch (IOException e) {
            throw new BoardException("Could not write the MCUQ C sources to " + target + ": " + e.getMessage(), e);
        }
    }

    /** First 16 hex digits of the SHA-256 over all files: changes whenever any source changes. */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(read(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
