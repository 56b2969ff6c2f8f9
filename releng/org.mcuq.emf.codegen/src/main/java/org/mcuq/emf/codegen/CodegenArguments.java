package org.mcuq.emf.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Parsed and checked command line of {@link GenerateEmfCode}. */
record CodegenArguments(Path genModelFile, Path projectDirectory, boolean includeEdit) {

  static final String USAGE = "usage: GenerateEmfCode <file.genmodel> <projectDir> [--model-only]";

  static CodegenArguments parse(String[] args) {
    List<String> positional = new ArrayList<>();
    boolean modelOnly = false;
    for (String arg : args) {
      if (arg.equals("--model-only")) {
        modelOnly = true;
      } else if (arg.startsWith("--")) {
        throw new CodegenException("unknown option '" + arg + "'; " + USAGE);
      } else {
        positional.add(arg);
      }
    }
    if (positional.size() != 2) {
      throw new CodegenException("expected 2 arguments but got " + positional.size() + "; " + USAGE);
    }
    return checked(Path.of(positional.get(0)).toAbsolutePath(), Path.of(positional.get(1)).toAbsolutePath(), !modelOnly);
  }

  private static CodegenArguments checked(Path genModel, Path project, boolean includeEdit) {
    if (!Files.isRegularFile(genModel)) {
      throw new CodegenException("genmodel '" + genModel + "' does not exist; pass the path of a .genmodel file");
    }
    if (!Files.isDirectory(project)) {
      throw new CodegenException("project directory '" + project + "' does not exist; pass the bundle's base directory");
    }
    return new CodegenArguments(genModel.normalize(), project.normalize(), includeEdit);
  }
}
