package org.mcuq.policy.resource;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.internal.PolicyFileReader;
import org.mcuq.policy.internal.PolicyFileWriter;
import org.mcuq.policy.util.PolicyResourceFactoryImpl;
import org.mcuq.policy.validation.PolicyValidator;

/**
 * Reading and writing {@code .mcuq} policy files, inside or outside OSGi.
 * <p>
 * Inside Eclipse the bundle's plugin.xml registers the package and the {@code mcuq} resource factory; outside,
 * {@link #createResourceSet()} registers them locally and {@link #registerGlobally()} in EMF's global registries.
 */
public final class PolicyResources {

  /** File extension of policy files. */
  public static final String FILE_EXTENSION = "mcuq";

  private PolicyResources() {
  }

  /**
   * Registers the policy package, the {@code mcuq} resource factory and {@link PolicyValidator} in EMF's global
   * registries, for standalone applications that use their own resource sets or {@code Diagnostician.INSTANCE}.
   * Calling it again does nothing.
   */
  public static synchronized void registerGlobally() {
    EPackage.Registry.INSTANCE.put(PolicyPackage.eNS_URI, PolicyPackage.eINSTANCE);
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap()
        .putIfAbsent(FILE_EXTENSION, new PolicyResourceFactoryImpl());
    EValidator.Registry.INSTANCE.put(PolicyPackage.eINSTANCE, PolicyValidator.INSTANCE);
  }

  /** A resource set that knows the policy package and opens {@code *.mcuq} URIs as policies. */
  public static ResourceSet createResourceSet() {
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getPackageRegistry().put(PolicyPackage.eNS_URI, PolicyPackage.eINSTANCE);
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
        .put(FILE_EXTENSION, new PolicyResourceFactoryImpl());
    return resourceSet;
  }

  /**
   * Loads the policy in {@code file}, whatever its extension, into a new resource set.
   *
   * @throws java.nio.file.NoSuchFileException if there is no such file
   * @throws PolicyFormatException if the file is not a readable policy
   * @throws IOException if the file cannot be read
   */
  public static QuantizationPolicy load(Path file) throws IOException {
    return new PolicyFileReader(createResourceSet(), file).read();
  }

  /**
   * Writes a copy of {@code policy} to {@code file} atomically: the XMI goes to a temporary file in the same
   * folder, which then replaces {@code file} in one step. If saving fails, {@code file} keeps its old content
   * (or stays absent) and the temporary file is removed. The policy itself is not moved or modified.
   *
   * @throws IOException if the policy cannot be serialised or the file cannot be written
   */
  public static void save(QuantizationPolicy policy, Path file) throws IOException {
    new PolicyFileWriter(file).write(policy);
  }
}
