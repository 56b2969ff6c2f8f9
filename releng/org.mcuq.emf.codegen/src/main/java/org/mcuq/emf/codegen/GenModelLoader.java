package org.mcuq.emf.codegen;

import java.nio.file.Path;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Loads a .genmodel with its .ecore outside Eclipse and brings it in line with the Ecore model. */
final class GenModelLoader {

  GenModel load(Path genModelFile) {
    GenModel genModel = readGenModel(genModelFile);
    genModel.reconcile();
    if (genModel.getGenPackages().isEmpty()) {
      throw new CodegenException(genModelFile + ": no package left after reconciling with the Ecore model;"
          + " check that each genPackage's ecorePackage points at an existing .ecore file");
    }
    requireOk(genModelFile, genModel.diagnose());
    for (GenPackage genPackage : genModel.getGenPackages()) {
      requireOk(genModelFile, Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()));
    }
    genModel.setCanGenerate(true);
    return genModel;
  }

  private static GenModel readGenModel(Path file) {
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    var factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new XMIResourceFactoryImpl());
    Resource resource;
    try {
      resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
    } catch (RuntimeException e) {
      throw new CodegenException("cannot read genmodel " + file + ": " + e.getMessage(), e);
    }
    EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
    if (!(root instanceof GenModel genModel)) {
      throw new CodegenException(file + " does not contain a GenModel; pass the .genmodel, not the .ecore");
    }
    return genModel;
  }

  private static void requireOk(Path file, Diagnostic diagnostic) {
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new CodegenException(file + ": the model is not valid, fix it before generating:\n"
          + DiagnosticText.describe(diagnostic));
    }
  }
}
