package org.mcuq.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;

class PolicyRoundTripTest {

  @TempDir
  Path dir;

  @Test
  void fullyPopulatedPolicyIsEqualAfterSaveAndLoad() throws IOException {
    QuantizationPolicy original = SamplePolicies.fullyPopulated();
    Path file = dir.resolve("lenet.mcuq");

    PolicyResources.save(original, file);
    QuantizationPolicy loaded = PolicyResources.load(file);

    assertTrue(EcoreUtil.equals(original, loaded), "loaded policy differs from the saved one");
  }

  @Test
  void sampleSetsEveryFeatureOfEveryClassSoTheRoundTripCoversIt() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    List<EObject> objects = new ArrayList<>(List.of(policy));
    policy.eAllContents().forEachRemaining(objects::add);
    Set<EStructuralFeature> everywhere = new HashSet<>();
    Set<EStructuralFeature> somewhere = new HashSet<>();
    for (EObject object : objects) {
      everywhere.addAll(object.eClass().getEAllStructuralFeatures());
      object.eClass().getEAllStructuralFeatures().stream().filter(object::eIsSet).forEach(somewhere::add);
    }
    everywhere.removeAll(somewhere);
    assertEquals(Set.of(), everywhere, "features SamplePolicies leaves at their default in every object");
    assertEquals(PolicyPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance).count(),
        objects.stream().map(EObject::eClass).distinct().count(), "classes missing from SamplePolicies");
  }

  @Test
  void repeatedWeightStepsAreKept() throws IOException {
    Path file = dir.resolve("steps.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), file);

    QuantizationPolicy loaded = PolicyResources.load(file);

    assertEquals(List.of(0.0125f, 0.0125f, 3.5e-4f), loaded.getLayers().get(0).getWeightSteps());
  }

  @Test
  void fileIsXmiInThePolicyNamespace() throws IOException {
    Path file = dir.resolve("ns.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), file);

    String xml = Files.readString(file, StandardCharsets.UTF_8);

    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    assertTrue(xml.contains("<policy:QuantizationPolicy xmi:version=\"2.0\""), xml);
    assertTrue(xml.contains("xmlns:policy=\"http://mcuq.org/policy/1.0\""), xml);
  }

  @Test
  void savingLeavesThePolicyInItsOwnResource() throws IOException {
    Path first = dir.resolve("first.mcuq");
    PolicyResources.save(SamplePolicies.fullyPopulated(), first);
    QuantizationPolicy loaded = PolicyResources.load(first);
    Resource home = loaded.eResource();

    PolicyResources.save(loaded, dir.resolve("second.mcuq"));

    assertSame(home, loaded.eResource());
    assertSame(loaded, home.getContents().get(0));
  }

  @Test
  void resourceSetOpensMcuqFilesByExtension() throws IOException {
    QuantizationPolicy original = SamplePolicies.fullyPopulated();
    Path file = dir.resolve("by-extension.mcuq");
    PolicyResources.save(original, file);

    Resource resource = PolicyResources.createResourceSet().getResource(URI.createFileURI(file.toString()), true);

    assertTrue(EcoreUtil.equals(original, resource.getContents().get(0)));
  }

  @Test
  void loadAcceptsAnyFileName() throws IOException {
    QuantizationPolicy original = SamplePolicies.fullyPopulated();
    Path file = dir.resolve("policy.xml");
    PolicyResources.save(original, file);

    assertTrue(EcoreUtil.equals(original, PolicyResources.load(file)));
  }
}
