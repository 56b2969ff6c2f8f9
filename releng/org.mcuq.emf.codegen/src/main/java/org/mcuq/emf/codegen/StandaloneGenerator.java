package org.mcuq.emf.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;

/**
 * Runs EMF's generator without a workspace. The genmodel's project ({@code platform:/resource/<project>/}) is
 * mapped to a fresh scratch folder, so nothing is merged with old output and the result depends only on the
 * genmodel and the Ecore model.
 */
final class StandaloneGenerator {

  private final GenModel genModel;
  private final GenModelLayout layout;

  StandaloneGenerator(GenModel genModel, GenModelLayout layout) {
    this.genModel = genModel;
    this.layout = layout;
  }

  /** Generates into a new scratch project folder and returns it. */
  Path generate(boolean includeEdit) throws IOException {
    Path scratch = Files.createTempDirectory("mcuq-emf-codegen-");
    mapProjectTo(scratch);
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
        GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    Generator generator = new Generator();
    generator.setInput(genModel);
    run(generator, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
    if (includeEdit) {
      run(generator, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
    }
    return scratch;
  }

  private void mapProjectTo(Path scratch) {
    URI project = URI.createPlatformResourceURI("/" + layout.projectName() + "/", false);
    URI folder = URI.createFileURI(scratch.toAbsolutePath() + "/");
    genModel.eResource().getResourceSet().getURIConverter().getURIMap().put(project, folder);
  }

  private void run(Generator generator, String projectType) {
    Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
    if (result.getSeverity() >= Diagnostic.ERROR) {
      throw new CodegenException("EMF code generation failed (" + projectType + "):\n"
          + DiagnosticText.describe(result));
    }
  }
}
