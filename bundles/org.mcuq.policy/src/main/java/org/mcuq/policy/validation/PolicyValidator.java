package org.mcuq.policy.validation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.Target;

/**
 * EMF validator for quantization policies: Ecore's own checks (required target, ...) plus MCUQ's rules.
 * Every problem is an ERROR {@link Diagnostic} with source {@link #DIAGNOSTIC_SOURCE}, one of the codes below,
 * the offending object (and feature, when there is one) as data, and a message naming the layer and field.
 * <p>
 * Registered for the policy package by {@link org.mcuq.policy.resource.PolicyResources#registerGlobally()};
 * {@link #validatePolicy(QuantizationPolicy)} works without any registration.
 */
public final class PolicyValidator extends EObjectValidator {

  public static final String DIAGNOSTIC_SOURCE = "org.mcuq.policy";

  /** weightBits or activationBits outside {@link #MIN_BITS}..{@link #MAX_BITS}. */
  public static final int BITS_OUT_OF_RANGE = 1;
  /** A negative RAM, flash or latency budget. */
  public static final int NEGATIVE_BUDGET = 2;
  /** Two layer policies with the same layer name. */
  public static final int DUPLICATE_LAYER_NAME = 3;
  /** A weight step that is zero, negative or NaN. */
  public static final int NON_POSITIVE_WEIGHT_STEP = 4;
  /** An activation step that is negative or NaN. */
  public static final int INVALID_ACTIVATION_STEP = 5;
  /** A layer of the network without a layer policy. */
  public static final int LAYER_MISSING_FROM_POLICY = 6;
  /** A layer policy for a layer the network does not have. */
  public static final int LAYER_NOT_IN_MODEL = 7;
  /** A layer policy without a layer name. */
  public static final int MISSING_LAYER_NAME = 8;

  public static final int MIN_BITS = 1;
  public static final int MAX_BITS = 8;

  public static final PolicyValidator INSTANCE = new PolicyValidator();

  private PolicyValidator() {
  }

  /** Validates the policy and everything it contains, independently of EMF's global validator registry. */
  public static Diagnostic validatePolicy(QuantizationPolicy policy) {
    EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
    registry.put(PolicyPackage.eINSTANCE, INSTANCE);
    return new Diagnostician(registry).validate(policy);
  }

  /**
   * Compares the policy's layers with the layers of the network it is meant for: one ERROR per network layer
   * without a policy ({@link #LAYER_MISSING_FROM_POLICY}) and per policy layer the network does not have
   * ({@link #LAYER_NOT_IN_MODEL}).
   */
  public Diagnostic validateAgainstModel(QuantizationPolicy policy, List<String> modelLayerNames) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(modelLayerNames, "modelLayerNames");
    BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0,
        "Layers of the policy for '" + policy.getModelFile() + "' compared with the model's layers", new Object[] {policy});
    LayerNameRules.checkCoverage(policy, modelLayerNames, result);
    return result;
  }

  @Override
  protected EPackage getEPackage() {
    return PolicyPackage.eINSTANCE;
  }

  @Override
  protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
    if (!(value instanceof EObject object)) {
      return true; // CoreKind values need no checks beyond their type
    }
    boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
    return valid & switch (object) {
      case QuantizationPolicy policy -> LayerNameRules.checkUnique(policy, diagnostics);
      case Target target -> TargetRules.checkBudgets(target, diagnostics);
      case LayerPolicy layer -> LayerPolicyRules.checkName(layer, diagnostics)
          & LayerPolicyRules.checkBits(layer, diagnostics) & LayerPolicyRules.checkSteps(layer, diagnostics);
      default -> true;
    };
  }
}
