/**
 */
package org.mcuq.policy;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A mixed-precision quantization policy for one CNN on one Cortex-M target: per-layer bit widths and step sizes, how the policy was found and how it profiled.
 * <!-- end-model-doc -->
 * @see org.mcuq.policy.PolicyFactory
 * @model kind="package"
 * @generated
 */
public interface PolicyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "policy";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://mcuq.org/policy/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "policy";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PolicyPackage eINSTANCE = org.mcuq.policy.impl.PolicyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.mcuq.policy.impl.QuantizationPolicyImpl <em>Quantization Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mcuq.policy.impl.QuantizationPolicyImpl
	 * @see org.mcuq.policy.impl.PolicyPackageImpl#getQuantizationPolicy()
	 * @generated
	 */
	int QUANTIZATION_POLICY = 0;

	/**
	 * The feature id for the '<em><b>Model File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY__MODEL_FILE = 0;

	/**
	 * The feature id for the '<em><b>Model Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY__MODEL_SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY__TARGET = 2;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY__LAYERS = 3;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY__PROVENANCE = 4;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY__PROFILE = 5;

	/**
	 * The number of structural features of the '<em>Quantization Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Quantization Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUANTIZATION_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mcuq.policy.impl.TargetImpl <em>Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mcuq.policy.impl.TargetImpl
	 * @see org.mcuq.policy.impl.PolicyPackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 1;

	/**
	 * The feature id for the '<em><b>Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__CORE = 0;

	/**
	 * The feature id for the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__BOARD = 1;

	/**
	 * The feature id for the '<em><b>Ram Budget Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__RAM_BUDGET_BYTES = 2;

	/**
	 * The feature id for the '<em><b>Flash Budget Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__FLASH_BUDGET_BYTES = 3;

	/**
	 * The feature id for the '<em><b>Latency Budget Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET__LATENCY_BUDGET_CYCLES = 4;

	/**
	 * The number of structural features of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mcuq.policy.impl.LayerPolicyImpl <em>Layer Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mcuq.policy.impl.LayerPolicyImpl
	 * @see org.mcuq.policy.impl.PolicyPackageImpl#getLayerPolicy()
	 * @generated
	 */
	int LAYER_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Layer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY__LAYER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Op</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY__OP = 1;

	/**
	 * The feature id for the '<em><b>Weight Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY__WEIGHT_BITS = 2;

	/**
	 * The feature id for the '<em><b>Activation Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY__ACTIVATION_BITS = 3;

	/**
	 * The feature id for the '<em><b>Weight Steps</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY__WEIGHT_STEPS = 4;

	/**
	 * The feature id for the '<em><b>Activation Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY__ACTIVATION_STEP = 5;

	/**
	 * The feature id for the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY__LOCKED = 6;

	/**
	 * The number of structural features of the '<em>Layer Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Layer Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_POLICY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mcuq.policy.impl.SearchProvenanceImpl <em>Search Provenance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mcuq.policy.impl.SearchProvenanceImpl
	 * @see org.mcuq.policy.impl.PolicyPackageImpl#getSearchProvenance()
	 * @generated
	 */
	int SEARCH_PROVENANCE = 3;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_PROVENANCE__SEED = 0;

	/**
	 * The feature id for the '<em><b>Episodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_PROVENANCE__EPISODES = 1;

	/**
	 * The feature id for the '<em><b>Best Reward</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_PROVENANCE__BEST_REWARD = 2;

	/**
	 * The feature id for the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_PROVENANCE__ALGORITHM = 3;

	/**
	 * The feature id for the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_PROVENANCE__TIMESTAMP = 4;

	/**
	 * The number of structural features of the '<em>Search Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_PROVENANCE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Search Provenance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEARCH_PROVENANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mcuq.policy.impl.ProfileResultsImpl <em>Profile Results</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mcuq.policy.impl.ProfileResultsImpl
	 * @see org.mcuq.policy.impl.PolicyPackageImpl#getProfileResults()
	 * @generated
	 */
	int PROFILE_RESULTS = 4;

	/**
	 * The feature id for the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_RESULTS__BOARD = 0;

	/**
	 * The feature id for the '<em><b>Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_RESULTS__ACCURACY = 1;

	/**
	 * The feature id for the '<em><b>Layer Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_RESULTS__LAYER_PROFILES = 2;

	/**
	 * The feature id for the '<em><b>Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_RESULTS__TOTAL = 3;

	/**
	 * The number of structural features of the '<em>Profile Results</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_RESULTS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Profile Results</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFILE_RESULTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mcuq.policy.impl.LayerProfileImpl <em>Layer Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mcuq.policy.impl.LayerProfileImpl
	 * @see org.mcuq.policy.impl.PolicyPackageImpl#getLayerProfile()
	 * @generated
	 */
	int LAYER_PROFILE = 5;

	/**
	 * The feature id for the '<em><b>Layer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_PROFILE__LAYER_NAME = 0;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_PROFILE__INSTRUCTIONS = 1;

	/**
	 * The feature id for the '<em><b>Estimated Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_PROFILE__ESTIMATED_CYCLES = 2;

	/**
	 * The feature id for the '<em><b>Ram Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_PROFILE__RAM_BYTES = 3;

	/**
	 * The feature id for the '<em><b>Flash Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_PROFILE__FLASH_BYTES = 4;

	/**
	 * The number of structural features of the '<em>Layer Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_PROFILE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Layer Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.mcuq.policy.CoreKind <em>Core Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.mcuq.policy.CoreKind
	 * @see org.mcuq.policy.impl.PolicyPackageImpl#getCoreKind()
	 * @generated
	 */
	int CORE_KIND = 6;


	/**
	 * Returns the meta object for class '{@link org.mcuq.policy.QuantizationPolicy <em>Quantization Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quantization Policy</em>'.
	 * @see org.mcuq.policy.QuantizationPolicy
	 * @generated
	 */
	EClass getQuantizationPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.QuantizationPolicy#getModelFile <em>Model File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model File</em>'.
	 * @see org.mcuq.policy.QuantizationPolicy#getModelFile()
	 * @see #getQuantizationPolicy()
	 * @generated
	 */
	EAttribute getQuantizationPolicy_ModelFile();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.QuantizationPolicy#getModelSha256 <em>Model Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Sha256</em>'.
	 * @see org.mcuq.policy.QuantizationPolicy#getModelSha256()
	 * @see #getQuantizationPolicy()
	 * @generated
	 */
	EAttribute getQuantizationPolicy_ModelSha256();

	/**
	 * Returns the meta object for the containment reference '{@link org.mcuq.policy.QuantizationPolicy#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see org.mcuq.policy.QuantizationPolicy#getTarget()
	 * @see #getQuantizationPolicy()
	 * @generated
	 */
	EReference getQuantizationPolicy_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mcuq.policy.QuantizationPolicy#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.mcuq.policy.QuantizationPolicy#getLayers()
	 * @see #getQuantizationPolicy()
	 * @generated
	 */
	EReference getQuantizationPolicy_Layers();

	/**
	 * Returns the meta object for the containment reference '{@link org.mcuq.policy.QuantizationPolicy#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provenance</em>'.
	 * @see org.mcuq.policy.QuantizationPolicy#getProvenance()
	 * @see #getQuantizationPolicy()
	 * @generated
	 */
	EReference getQuantizationPolicy_Provenance();

	/**
	 * Returns the meta object for the containment reference '{@link org.mcuq.policy.QuantizationPolicy#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Profile</em>'.
	 * @see org.mcuq.policy.QuantizationPolicy#getProfile()
	 * @see #getQuantizationPolicy()
	 * @generated
	 */
	EReference getQuantizationPolicy_Profile();

	/**
	 * Returns the meta object for class '{@link org.mcuq.policy.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Target</em>'.
	 * @see org.mcuq.policy.Target
	 * @generated
	 */
	EClass getTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.Target#getCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Core</em>'.
	 * @see org.mcuq.policy.Target#getCore()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Core();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.Target#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Board</em>'.
	 * @see org.mcuq.policy.Target#getBoard()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_Board();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.Target#getRamBudgetBytes <em>Ram Budget Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ram Budget Bytes</em>'.
	 * @see org.mcuq.policy.Target#getRamBudgetBytes()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_RamBudgetBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.Target#getFlashBudgetBytes <em>Flash Budget Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flash Budget Bytes</em>'.
	 * @see org.mcuq.policy.Target#getFlashBudgetBytes()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_FlashBudgetBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.Target#getLatencyBudgetCycles <em>Latency Budget Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latency Budget Cycles</em>'.
	 * @see org.mcuq.policy.Target#getLatencyBudgetCycles()
	 * @see #getTarget()
	 * @generated
	 */
	EAttribute getTarget_LatencyBudgetCycles();

	/**
	 * Returns the meta object for class '{@link org.mcuq.policy.LayerPolicy <em>Layer Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer Policy</em>'.
	 * @see org.mcuq.policy.LayerPolicy
	 * @generated
	 */
	EClass getLayerPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerPolicy#getLayerName <em>Layer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Name</em>'.
	 * @see org.mcuq.policy.LayerPolicy#getLayerName()
	 * @see #getLayerPolicy()
	 * @generated
	 */
	EAttribute getLayerPolicy_LayerName();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerPolicy#getOp <em>Op</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Op</em>'.
	 * @see org.mcuq.policy.LayerPolicy#getOp()
	 * @see #getLayerPolicy()
	 * @generated
	 */
	EAttribute getLayerPolicy_Op();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerPolicy#getWeightBits <em>Weight Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Bits</em>'.
	 * @see org.mcuq.policy.LayerPolicy#getWeightBits()
	 * @see #getLayerPolicy()
	 * @generated
	 */
	EAttribute getLayerPolicy_WeightBits();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerPolicy#getActivationBits <em>Activation Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation Bits</em>'.
	 * @see org.mcuq.policy.LayerPolicy#getActivationBits()
	 * @see #getLayerPolicy()
	 * @generated
	 */
	EAttribute getLayerPolicy_ActivationBits();

	/**
	 * Returns the meta object for the attribute list '{@link org.mcuq.policy.LayerPolicy#getWeightSteps <em>Weight Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Weight Steps</em>'.
	 * @see org.mcuq.policy.LayerPolicy#getWeightSteps()
	 * @see #getLayerPolicy()
	 * @generated
	 */
	EAttribute getLayerPolicy_WeightSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerPolicy#getActivationStep <em>Activation Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activation Step</em>'.
	 * @see org.mcuq.policy.LayerPolicy#getActivationStep()
	 * @see #getLayerPolicy()
	 * @generated
	 */
	EAttribute getLayerPolicy_ActivationStep();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerPolicy#isLocked <em>Locked</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locked</em>'.
	 * @see org.mcuq.policy.LayerPolicy#isLocked()
	 * @see #getLayerPolicy()
	 * @generated
	 */
	EAttribute getLayerPolicy_Locked();

	/**
	 * Returns the meta object for class '{@link org.mcuq.policy.SearchProvenance <em>Search Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Search Provenance</em>'.
	 * @see org.mcuq.policy.SearchProvenance
	 * @generated
	 */
	EClass getSearchProvenance();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.SearchProvenance#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.mcuq.policy.SearchProvenance#getSeed()
	 * @see #getSearchProvenance()
	 * @generated
	 */
	EAttribute getSearchProvenance_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.SearchProvenance#getEpisodes <em>Episodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Episodes</em>'.
	 * @see org.mcuq.policy.SearchProvenance#getEpisodes()
	 * @see #getSearchProvenance()
	 * @generated
	 */
	EAttribute getSearchProvenance_Episodes();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.SearchProvenance#getBestReward <em>Best Reward</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Best Reward</em>'.
	 * @see org.mcuq.policy.SearchProvenance#getBestReward()
	 * @see #getSearchProvenance()
	 * @generated
	 */
	EAttribute getSearchProvenance_BestReward();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.SearchProvenance#getAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm</em>'.
	 * @see org.mcuq.policy.SearchProvenance#getAlgorithm()
	 * @see #getSearchProvenance()
	 * @generated
	 */
	EAttribute getSearchProvenance_Algorithm();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.SearchProvenance#getTimestamp <em>Timestamp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timestamp</em>'.
	 * @see org.mcuq.policy.SearchProvenance#getTimestamp()
	 * @see #getSearchProvenance()
	 * @generated
	 */
	EAttribute getSearchProvenance_Timestamp();

	/**
	 * Returns the meta object for class '{@link org.mcuq.policy.ProfileResults <em>Profile Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profile Results</em>'.
	 * @see org.mcuq.policy.ProfileResults
	 * @generated
	 */
	EClass getProfileResults();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.ProfileResults#getBoard <em>Board</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Board</em>'.
	 * @see org.mcuq.policy.ProfileResults#getBoard()
	 * @see #getProfileResults()
	 * @generated
	 */
	EAttribute getProfileResults_Board();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.ProfileResults#getAccuracy <em>Accuracy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accuracy</em>'.
	 * @see org.mcuq.policy.ProfileResults#getAccuracy()
	 * @see #getProfileResults()
	 * @generated
	 */
	EAttribute getProfileResults_Accuracy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.mcuq.policy.ProfileResults#getLayerProfiles <em>Layer Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layer Profiles</em>'.
	 * @see org.mcuq.policy.ProfileResults#getLayerProfiles()
	 * @see #getProfileResults()
	 * @generated
	 */
	EReference getProfileResults_LayerProfiles();

	/**
	 * Returns the meta object for the containment reference '{@link org.mcuq.policy.ProfileResults#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Total</em>'.
	 * @see org.mcuq.policy.ProfileResults#getTotal()
	 * @see #getProfileResults()
	 * @generated
	 */
	EReference getProfileResults_Total();

	/**
	 * Returns the meta object for class '{@link org.mcuq.policy.LayerProfile <em>Layer Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer Profile</em>'.
	 * @see org.mcuq.policy.LayerProfile
	 * @generated
	 */
	EClass getLayerProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerProfile#getLayerName <em>Layer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Name</em>'.
	 * @see org.mcuq.policy.LayerProfile#getLayerName()
	 * @see #getLayerProfile()
	 * @generated
	 */
	EAttribute getLayerProfile_LayerName();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerProfile#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see org.mcuq.policy.LayerProfile#getInstructions()
	 * @see #getLayerProfile()
	 * @generated
	 */
	EAttribute getLayerProfile_Instructions();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerProfile#getEstimatedCycles <em>Estimated Cycles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Cycles</em>'.
	 * @see org.mcuq.policy.LayerProfile#getEstimatedCycles()
	 * @see #getLayerProfile()
	 * @generated
	 */
	EAttribute getLayerProfile_EstimatedCycles();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerProfile#getRamBytes <em>Ram Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ram Bytes</em>'.
	 * @see org.mcuq.policy.LayerProfile#getRamBytes()
	 * @see #getLayerProfile()
	 * @generated
	 */
	EAttribute getLayerProfile_RamBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.mcuq.policy.LayerProfile#getFlashBytes <em>Flash Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flash Bytes</em>'.
	 * @see org.mcuq.policy.LayerProfile#getFlashBytes()
	 * @see #getLayerProfile()
	 * @generated
	 */
	EAttribute getLayerProfile_FlashBytes();

	/**
	 * Returns the meta object for enum '{@link org.mcuq.policy.CoreKind <em>Core Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Core Kind</em>'.
	 * @see org.mcuq.policy.CoreKind
	 * @generated
	 */
	EEnum getCoreKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PolicyFactory getPolicyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.mcuq.policy.impl.QuantizationPolicyImpl <em>Quantization Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mcuq.policy.impl.QuantizationPolicyImpl
		 * @see org.mcuq.policy.impl.PolicyPackageImpl#getQuantizationPolicy()
		 * @generated
		 */
		EClass QUANTIZATION_POLICY = eINSTANCE.getQuantizationPolicy();

		/**
		 * The meta object literal for the '<em><b>Model File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZATION_POLICY__MODEL_FILE = eINSTANCE.getQuantizationPolicy_ModelFile();

		/**
		 * The meta object literal for the '<em><b>Model Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUANTIZATION_POLICY__MODEL_SHA256 = eINSTANCE.getQuantizationPolicy_ModelSha256();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTIZATION_POLICY__TARGET = eINSTANCE.getQuantizationPolicy_Target();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTIZATION_POLICY__LAYERS = eINSTANCE.getQuantizationPolicy_Layers();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTIZATION_POLICY__PROVENANCE = eINSTANCE.getQuantizationPolicy_Provenance();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUANTIZATION_POLICY__PROFILE = eINSTANCE.getQuantizationPolicy_Profile();

		/**
		 * The meta object literal for the '{@link org.mcuq.policy.impl.TargetImpl <em>Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mcuq.policy.impl.TargetImpl
		 * @see org.mcuq.policy.impl.PolicyPackageImpl#getTarget()
		 * @generated
		 */
		EClass TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__CORE = eINSTANCE.getTarget_Core();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__BOARD = eINSTANCE.getTarget_Board();

		/**
		 * The meta object literal for the '<em><b>Ram Budget Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__RAM_BUDGET_BYTES = eINSTANCE.getTarget_RamBudgetBytes();

		/**
		 * The meta object literal for the '<em><b>Flash Budget Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__FLASH_BUDGET_BYTES = eINSTANCE.getTarget_FlashBudgetBytes();

		/**
		 * The meta object literal for the '<em><b>Latency Budget Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TARGET__LATENCY_BUDGET_CYCLES = eINSTANCE.getTarget_LatencyBudgetCycles();

		/**
		 * The meta object literal for the '{@link org.mcuq.policy.impl.LayerPolicyImpl <em>Layer Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mcuq.policy.impl.LayerPolicyImpl
		 * @see org.mcuq.policy.impl.PolicyPackageImpl#getLayerPolicy()
		 * @generated
		 */
		EClass LAYER_POLICY = eINSTANCE.getLayerPolicy();

		/**
		 * The meta object literal for the '<em><b>Layer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_POLICY__LAYER_NAME = eINSTANCE.getLayerPolicy_LayerName();

		/**
		 * The meta object literal for the '<em><b>Op</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_POLICY__OP = eINSTANCE.getLayerPolicy_Op();

		/**
		 * The meta object literal for the '<em><b>Weight Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_POLICY__WEIGHT_BITS = eINSTANCE.getLayerPolicy_WeightBits();

		/**
		 * The meta object literal for the '<em><b>Activation Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_POLICY__ACTIVATION_BITS = eINSTANCE.getLayerPolicy_ActivationBits();

		/**
		 * The meta object literal for the '<em><b>Weight Steps</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_POLICY__WEIGHT_STEPS = eINSTANCE.getLayerPolicy_WeightSteps();

		/**
		 * The meta object literal for the '<em><b>Activation Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_POLICY__ACTIVATION_STEP = eINSTANCE.getLayerPolicy_ActivationStep();

		/**
		 * The meta object literal for the '<em><b>Locked</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_POLICY__LOCKED = eINSTANCE.getLayerPolicy_Locked();

		/**
		 * The meta object literal for the '{@link org.mcuq.policy.impl.SearchProvenanceImpl <em>Search Provenance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mcuq.policy.impl.SearchProvenanceImpl
		 * @see org.mcuq.policy.impl.PolicyPackageImpl#getSearchProvenance()
		 * @generated
		 */
		EClass SEARCH_PROVENANCE = eINSTANCE.getSearchProvenance();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH_PROVENANCE__SEED = eINSTANCE.getSearchProvenance_Seed();

		/**
		 * The meta object literal for the '<em><b>Episodes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH_PROVENANCE__EPISODES = eINSTANCE.getSearchProvenance_Episodes();

		/**
		 * The meta object literal for the '<em><b>Best Reward</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH_PROVENANCE__BEST_REWARD = eINSTANCE.getSearchProvenance_BestReward();

		/**
		 * The meta object literal for the '<em><b>Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH_PROVENANCE__ALGORITHM = eINSTANCE.getSearchProvenance_Algorithm();

		/**
		 * The meta object literal for the '<em><b>Timestamp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEARCH_PROVENANCE__TIMESTAMP = eINSTANCE.getSearchProvenance_Timestamp();

		/**
		 * The meta object literal for the '{@link org.mcuq.policy.impl.ProfileResultsImpl <em>Profile Results</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mcuq.policy.impl.ProfileResultsImpl
		 * @see org.mcuq.policy.impl.PolicyPackageImpl#getProfileResults()
		 * @generated
		 */
		EClass PROFILE_RESULTS = eINSTANCE.getProfileResults();

		/**
		 * The meta object literal for the '<em><b>Board</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_RESULTS__BOARD = eINSTANCE.getProfileResults_Board();

		/**
		 * The meta object literal for the '<em><b>Accuracy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFILE_RESULTS__ACCURACY = eINSTANCE.getProfileResults_Accuracy();

		/**
		 * The meta object literal for the '<em><b>Layer Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE_RESULTS__LAYER_PROFILES = eINSTANCE.getProfileResults_LayerProfiles();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFILE_RESULTS__TOTAL = eINSTANCE.getProfileResults_Total();

		/**
		 * The meta object literal for the '{@link org.mcuq.policy.impl.LayerProfileImpl <em>Layer Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mcuq.policy.impl.LayerProfileImpl
		 * @see org.mcuq.policy.impl.PolicyPackageImpl#getLayerProfile()
		 * @generated
		 */
		EClass LAYER_PROFILE = eINSTANCE.getLayerProfile();

		/**
		 * The meta object literal for the '<em><b>Layer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_PROFILE__LAYER_NAME = eINSTANCE.getLayerProfile_LayerName();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_PROFILE__INSTRUCTIONS = eINSTANCE.getLayerProfile_Instructions();

		/**
		 * The meta object literal for the '<em><b>Estimated Cycles</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_PROFILE__ESTIMATED_CYCLES = eINSTANCE.getLayerProfile_EstimatedCycles();

		/**
		 * The meta object literal for the '<em><b>Ram Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_PROFILE__RAM_BYTES = eINSTANCE.getLayerProfile_RamBytes();

		/**
		 * The meta object literal for the '<em><b>Flash Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYER_PROFILE__FLASH_BYTES = eINSTANCE.getLayerProfile_FlashBytes();

		/**
		 * The meta object literal for the '{@link org.mcuq.policy.CoreKind <em>Core Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.mcuq.policy.CoreKind
		 * @see org.mcuq.policy.impl.PolicyPackageImpl#getCoreKind()
		 * @generated
		 */
		EEnum CORE_KIND = eINSTANCE.getCoreKind();

	}

} //PolicyPackage
