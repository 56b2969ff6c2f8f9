package org.mcuq.policy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyFormatException;
import org.mcuq.policy.util.PolicyResourceFactoryImpl;

/** Reads one policy file and turns every way it can be malformed into a {@link PolicyFormatException}. */
public final class PolicyFileReader {

  private final ResourceSet resourceSet;
  private final Path file;

  public PolicyFileReader(ResourceSet resourceSet, Path file) {
    this.resourceSet = resourceSet;
    this.file = file;
  }

  public QuantizationPolicy read() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toAbsolutePath().toString(), null, "no policy file at this path");
    }
    if (Files.size(file) == 0) {
      throw new PolicyFormatException(file, "the file is empty", null);
    }
    return rootOf(parse());
  }

  private Resource parse() throws IOException {
    // Created through the policy factory directly so that any file name works, not only *.mcuq.
    Resource resource = new PolicyResourceFactoryImpl().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
    resourceSet.getResources().add(resource);
    try (InputStream in = Files.newInputStream(file)) {
      resource.load(in, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
    } catch (IOException | RuntimeException e) {
      throw new PolicyFormatException(file, LoadProblems.describe(e), e);
    }
    return resource;
  }

  private QuantizationPolicy rootOf(Resource resource) throws PolicyFormatException {
    if (resource.getContents().size() != 1) {
      throw new PolicyFormatException(file, "expected exactly one policy element but found "
          + resource.getContents().size(), null);
    }
    EObject root = resource.getContents().get(0);
    if (!(root instanceof QuantizationPolicy policy)) {
      throw new PolicyFormatException(file, "the root element is a " + root.eClass().getName()
          + ", expected a policy:QuantizationPolicy", null);
    }
    return policy;
  }
}
