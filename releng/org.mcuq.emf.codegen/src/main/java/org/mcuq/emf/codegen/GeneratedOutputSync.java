package org.mcuq.emf.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves generated output from the scratch project into the real one. Only the source folder is replaced;
 * project files the generator also writes (MANIFEST.MF, build.properties, plugin.xml) are dropped because the
 * bundle commits its own. The generated edit resources (plugin.properties, icons/) go into the source folder,
 * whose build adds them to the jar root where EMF's resource locator looks for them.
 */
final class GeneratedOutputSync {

  private static final List<String> PROJECT_RESOURCES = List.of("plugin.properties", "icons");

  private final GenModelLayout layout;
  private final Path scratch;
  private final Path project;

  GeneratedOutputSync(GenModelLayout layout, Path scratch, Path project) {
    this.layout = layout;
    this.scratch = scratch;
    this.project = project;
  }

  /** Replaces the project's source folder with the generated one; returns the number of files written. */
  int replaceSourceFolder() throws IOException {
    Path generated = scratch.resolve(layout.sourceFolder());
    if (!Files.isDirectory(generated)) {
      throw new CodegenException("the generator wrote nothing to " + layout.sourceFolder() + " (scratch " + scratch + ")");
    }
    for (String resource : PROJECT_RESOURCES) {
      copyTree(scratch.resolve(resource), generated.resolve(resource));
    }
    Path target = project.resolve(layout.sourceFolder());
    deleteTree(target);
    int files = copyTree(generated, target);
    deleteTree(scratch);
    return files;
  }

  private static int copyTree(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return 0;
    }
    List<Path> sources;
    try (Stream<Path> paths = Files.walk(from)) {
      sources = paths.sorted().toList();
    }
    int files = 0;
    for (Path source : sources) {
      Path target = to.resolve(from.relativize(source).toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
      } else {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        files++;
      }
    }
    return files;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
