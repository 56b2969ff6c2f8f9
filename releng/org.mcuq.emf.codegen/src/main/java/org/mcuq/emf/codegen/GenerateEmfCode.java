package org.mcuq.emf.codegen;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;

/**
 * Command line entry point: {@code GenerateEmfCode <file.genmodel> <projectDir> [--model-only]}.
 * <p>
 * Loads and reconciles the genmodel, generates model (and unless {@code --model-only}, edit) code into a
 * scratch copy of the project, then replaces {@code <projectDir>/<src-gen>} with the generated sources.
 * Throws on failure instead of calling {@link System#exit} so that it can run inside Maven's JVM.
 */
public final class GenerateEmfCode {

  private GenerateEmfCode() {
  }

  public static void main(String[] args) throws IOException {
    CodegenArguments arguments = CodegenArguments.parse(args);
    GenModel genModel = new GenModelLoader().load(arguments.genModelFile());
    GenModelLayout layout = GenModelLayout.of(genModel, arguments.includeEdit());
    Path scratch = new StandaloneGenerator(genModel, layout).generate(arguments.includeEdit());
    int files = new GeneratedOutputSync(layout, scratch, arguments.projectDirectory()).replaceSourceFolder();
    System.out.printf("emf-codegen: wrote %d files to %s%n", files,
        arguments.projectDirectory().resolve(layout.sourceFolder()));
  }
}
