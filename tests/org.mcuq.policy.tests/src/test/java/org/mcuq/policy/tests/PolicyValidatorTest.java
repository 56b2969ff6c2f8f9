package org.mcuq.policy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyPackage.Literals;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.resource.PolicyResources;
import org.mcuq.policy.validation.PolicyValidator;

class PolicyValidatorTest {

  @Test
  void fullyPopulatedPolicyIsValid() {
    Diagnostic result = PolicyValidator.validatePolicy(SamplePolicies.fullyPopulated());

    assertEquals(Diagnostic.OK, result.getSeverity(), () -> messages(result).toString());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, -3})
  void weightBitsOutsideOneToEight(int bits) {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    LayerPolicy layer = policy.getLayers().get(1);
    layer.setWeightBits(bits);

    Diagnostic problem = onlyProblem(policy, PolicyValidator.BITS_OUT_OF_RANGE);

    assertMessageContains(problem, "Layer 'dense_1'", "weightBits is " + bits, "1 to 8");
    assertEquals(List.of(layer, Literals.LAYER_POLICY__WEIGHT_BITS), problem.getData());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 16})
  void activationBitsOutsideOneToEight(int bits) {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.getLayers().get(0).setActivationBits(bits);

    Diagnostic problem = onlyProblem(policy, PolicyValidator.BITS_OUT_OF_RANGE);

    assertMessageContains(problem, "Layer 'conv1'", "activationBits is " + bits);
  }

  @Test
  void bitWidthsAtTheLimitsAreValid() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.getLayers().get(0).setWeightBits(1);
    policy.getLayers().get(0).setActivationBits(8);

    assertEquals(Diagnostic.OK, PolicyValidator.validatePolicy(policy).getSeverity());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ramBudgetBytes", "flashBudgetBytes", "latencyBudgetCycles"})
  void negativeBudget(String field) {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    EAttribute budget = (EAttribute) policy.getTarget().eClass().getEStructuralFeature(field);
    policy.getTarget().eSet(budget, -1L);

    Diagnostic problem = onlyProblem(policy, PolicyValidator.NEGATIVE_BUDGET);

    assertMessageContains(problem, "Target 'qemu-m7'", field + " is -1", "0 for unlimited");
    assertEquals(List.of(policy.getTarget(), budget), problem.getData());
  }

  @Test
  void zeroBudgetsMeanUnlimitedAndAreValid() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.getTarget().setRamBudgetBytes(0);
    policy.getTarget().setFlashBudgetBytes(0);
    policy.getTarget().setLatencyBudgetCycles(0);

    assertEquals(Diagnostic.OK, PolicyValidator.validatePolicy(policy).getSeverity());
  }

  @Test
  void duplicateLayerNames() {
    QuantizationPolicy policy = SamplePolicies.validWithLayers("conv1", "conv2", "conv1");

    Diagnostic problem = onlyProblem(policy, PolicyValidator.DUPLICATE_LAYER_NAME);

    assertMessageContains(problem, "Layer 'conv1' has 2 policies", "positions 1, 3", "remove or rename");
  }

  @Test
  void nonPositiveWeightSteps() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    List<Float> steps = policy.getLayers().get(0).getWeightSteps();
    steps.set(0, 0f);
    steps.add(-0.5f);
    steps.add(Float.NaN);

    Diagnostic problem = onlyProblem(policy, PolicyValidator.NON_POSITIVE_WEIGHT_STEP);

    assertMessageContains(problem, "Layer 'conv1'", "weightSteps has 3", "[0] = 0.0", "[3] = -0.5", "[4] = NaN",
        "clear weightSteps to calibrate");
  }

  @Test
  void negativeActivationStep() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.getLayers().get(0).setActivationStep(-0.25f);

    Diagnostic problem = onlyProblem(policy, PolicyValidator.INVALID_ACTIVATION_STEP);

    assertMessageContains(problem, "Layer 'conv1'", "activationStep is -0.25", "0 to calibrate");
  }

  @Test
  void layerWithoutNameIsNamedByPosition() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.getLayers().get(1).setLayerName(" ");
    policy.getLayers().get(1).setWeightBits(12);

    Diagnostic result = PolicyValidator.validatePolicy(policy);

    assertEquals(2, mcuqProblems(result).size(), () -> messages(result).toString());
    assertMessageContains(onlyProblem(policy, PolicyValidator.MISSING_LAYER_NAME), "Layer #2 (no name)", "layerName");
    assertMessageContains(onlyProblem(policy, PolicyValidator.BITS_OUT_OF_RANGE), "Layer #2 (no name)");
  }

  @Test
  void missingTargetIsReportedByEcoresMultiplicityCheck() {
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.setTarget(null);

    Diagnostic result = PolicyValidator.validatePolicy(policy);

    assertEquals(1, result.getChildren().size(), () -> messages(result).toString());
    Diagnostic problem = result.getChildren().get(0);
    assertEquals(EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS, problem.getCode());
    assertTrue(problem.getMessage().contains("'target'"), problem.getMessage());
  }

  @Test
  void globalRegistrationMakesDiagnosticianUseTheValidator() {
    PolicyResources.registerGlobally();
    QuantizationPolicy policy = SamplePolicies.fullyPopulated();
    policy.getLayers().get(0).setWeightBits(0);

    Diagnostic result = Diagnostician.INSTANCE.validate(policy);

    assertEquals(List.of(PolicyValidator.BITS_OUT_OF_RANGE), mcuqProblems(result).stream().map(Diagnostic::getCode).toList());
  }

  @Test
  void policyMatchingTheModelHasNoProblems() {
    QuantizationPolicy policy = SamplePolicies.validWithLayers("conv1", "pool1", "dense");

    Diagnostic result = PolicyValidator.INSTANCE.validateAgainstModel(policy, List.of("dense", "conv1", "pool1"));

    assertEquals(Diagnostic.OK, result.getSeverity(), () -> messages(result).toString());
  }

  @Test
  void layersMissingFromThePolicyAndExtraLayersAreNamed() {
    QuantizationPolicy policy = SamplePolicies.validWithLayers("conv1", "dense", "conv9");

    Diagnostic result = PolicyValidator.INSTANCE.validateAgainstModel(policy, List.of("conv1", "conv2", "dense", "softmax"));

    assertEquals(Diagnostic.ERROR, result.getSeverity());
    assertEquals(List.of(PolicyValidator.LAYER_MISSING_FROM_POLICY, PolicyValidator.LAYER_MISSING_FROM_POLICY,
        PolicyValidator.LAYER_NOT_IN_MODEL), result.getChildren().stream().map(Diagnostic::getCode).toList());
    assertMessageContains(result.getChildren().get(0), "Layer 'conv2' of the model has no policy");
    assertMessageContains(result.getChildren().get(1), "Layer 'softmax' of the model has no policy");
    assertMessageContains(result.getChildren().get(2), "Layer 'conv9' of the policy does not exist in the model 'model.h5'");
    assertSame(policy.getLayers().get(2), result.getChildren().get(2).getData().get(0));
  }

  private static Diagnostic onlyProblem(QuantizationPolicy policy, int code) {
    Diagnostic result = PolicyValidator.validatePolicy(policy);
    List<Diagnostic> problems = mcuqProblems(result).stream().filter(d -> d.getCode() == code).toList();
    assertEquals(1, problems.size(), () -> messages(result).toString());
    assertEquals(Diagnostic.ERROR, problems.get(0).getSeverity());
    return problems.get(0);
  }

  private static List<Diagnostic> mcuqProblems(Diagnostic result) {
    return result.getChildren().stream().filter(d -> PolicyValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
  }

  private static List<String> messages(Diagnostic result) {
    return result.getChildren().stream().map(Diagnostic::getMessage).toList();
  }

  private static void assertMessageContains(Diagnostic problem, String... parts) {
    for (String part : parts) {
      assertTrue(problem.getMessage().contains(part), () -> "'" + part + "' missing from: " + problem.getMessage());
    }
  }
}
