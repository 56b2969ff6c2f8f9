package org.mcuq.policy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.util.PolicyResourceFactoryImpl;

/** Serialises a copy of a policy as XMI and writes it with {@link AtomicFileWriter}. */
public final class PolicyFileWriter {

  private static final Map<Object, Object> SAVE_OPTIONS = Map.of(
      XMLResource.OPTION_ENCODING, "UTF-8",
      XMLResource.OPTION_LINE_WIDTH, 100);

  private final Path file;

  public PolicyFileWriter(Path file) {
    this.file = file;
  }

  public void write(QuantizationPolicy policy) throws IOException {
    if (policy == null) {
      throw new IllegalArgumentException("policy is null; pass the policy to save to " + file);
    }
    Resource resource = detachedResourceWith(policy);
    new AtomicFileWriter(file).write(out -> serialise(resource, out));
  }

  private Resource detachedResourceWith(QuantizationPolicy policy) {
    // A copy, because adding the policy itself to a new resource would take it out of its current one.
    Resource resource = new PolicyResourceFactoryImpl().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
    resource.getContents().add(EcoreUtil.copy(policy));
    return resource;
  }

  private void serialise(Resource resource, OutputStream out) throws IOException {
    try {
      resource.save(out, SAVE_OPTIONS);
    } catch (RuntimeException e) {
      throw new IOException("Cannot save quantization policy to " + file.toAbsolutePath() + ": " + e.getMessage()
          + ". Fix the offending value (layer names and strings may not contain control characters);"
          + " the existing file was left unchanged.", e);
    }
  }
}
