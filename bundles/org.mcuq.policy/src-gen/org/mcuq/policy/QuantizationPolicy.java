/**
 */
package org.mcuq.policy;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quantization Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.QuantizationPolicy#getModelFile <em>Model File</em>}</li>
 *   <li>{@link org.mcuq.policy.QuantizationPolicy#getModelSha256 <em>Model Sha256</em>}</li>
 *   <li>{@link org.mcuq.policy.QuantizationPolicy#getTarget <em>Target</em>}</li>
 *   <li>{@link org.mcuq.policy.QuantizationPolicy#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.mcuq.policy.QuantizationPolicy#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.mcuq.policy.QuantizationPolicy#getProfile <em>Profile</em>}</li>
 * </ul>
 *
 * @see org.mcuq.policy.PolicyPackage#getQuantizationPolicy()
 * @model
 * @generated
 */
public interface QuantizationPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Model File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the quantized model file, as given by the user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model File</em>' attribute.
	 * @see #setModelFile(String)
	 * @see org.mcuq.policy.PolicyPackage#getQuantizationPolicy_ModelFile()
	 * @model
	 * @generated
	 */
	String getModelFile();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.QuantizationPolicy#getModelFile <em>Model File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model File</em>' attribute.
	 * @see #getModelFile()
	 * @generated
	 */
	void setModelFile(String value);

	/**
	 * Returns the value of the '<em><b>Model Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the model file the policy was made for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Sha256</em>' attribute.
	 * @see #setModelSha256(String)
	 * @see org.mcuq.policy.PolicyPackage#getQuantizationPolicy_ModelSha256()
	 * @model
	 * @generated
	 */
	String getModelSha256();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.QuantizationPolicy#getModelSha256 <em>Model Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Sha256</em>' attribute.
	 * @see #getModelSha256()
	 * @generated
	 */
	void setModelSha256(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(Target)
	 * @see org.mcuq.policy.PolicyPackage#getQuantizationPolicy_Target()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Target getTarget();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.QuantizationPolicy#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Target value);

	/**
	 * Returns the value of the '<em><b>Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.mcuq.policy.LayerPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layers</em>' containment reference list.
	 * @see org.mcuq.policy.PolicyPackage#getQuantizationPolicy_Layers()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayerPolicy> getLayers();

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference.
	 * @see #setProvenance(SearchProvenance)
	 * @see org.mcuq.policy.PolicyPackage#getQuantizationPolicy_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	SearchProvenance getProvenance();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.QuantizationPolicy#getProvenance <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' containment reference.
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(SearchProvenance value);

	/**
	 * Returns the value of the '<em><b>Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profile</em>' containment reference.
	 * @see #setProfile(ProfileResults)
	 * @see org.mcuq.policy.PolicyPackage#getQuantizationPolicy_Profile()
	 * @model containment="true"
	 * @generated
	 */
	ProfileResults getProfile();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.QuantizationPolicy#getProfile <em>Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' containment reference.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(ProfileResults value);

} // QuantizationPolicy
