package org.mcuq.liteengine.codegen;

import java.nio.file.Path;
import java.util.List;

import org.mcuq.liteengine.memory.MemoryPlan;
import org.mcuq.liteengine.memory.TensorLayout;

/**
 * The result of a generation.
 *
 * @param directory the project folder
 * @param prefix    the symbol prefix ({@code <prefix>_run}, {@code <prefix>.h})
 * @param files     every file the generator produced this time, relative to the folder
 * @param written   the files it wrote (all of {@code files} except those kept)
 * @param kept      application, build or board files the user had edited, left as they were
 * @param deleted   files of the earlier generation that are no longer generated, removed
 * @param memory    the memory plan the code implements
 * @param kernels   the kernel of every layer
 * @param input     layout of the packed input {@code <prefix>_run} reads
 * @param output    layout of the packed output it writes
 */
public record GeneratedProject(Path directory, String prefix, List<String> files, List<String> written,
        List<String> kept, List<String> deleted, MemoryPlan memory, KernelSelection kernels, TensorLayout input,
        TensorLayout output) {

    public GeneratedProject {
        files = List.copyOf(files);
        written = List.copyOf(written);
        kept = List.copyOf(kept);
        deleted = List.copyOf(deleted);
    }

    /** The C files of the network itself (no application or board files), for linking it into other firmware. */
    public List<Path> networkSources() {
        return files.stream().filter(f -> f.startsWith(prefix + "_") || f.equals(prefix + ".c"))
                .filter(f -> f.endsWith(".c")).map(directory::resolve).toList();
    }

    public String describe() {
        return "Generated " + files.size() + " files in " + directory + " (" + written.size() + " written, "
                + kept.size() + " kept, " + deleted.size() + " deleted)\n" + kernels.describe() + memory.describe();
    }
}
