/**
 */
package org.mcuq.policy;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.LayerPolicy#getLayerName <em>Layer Name</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerPolicy#getOp <em>Op</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerPolicy#getWeightBits <em>Weight Bits</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerPolicy#getActivationBits <em>Activation Bits</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerPolicy#getWeightSteps <em>Weight Steps</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerPolicy#getActivationStep <em>Activation Step</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerPolicy#isLocked <em>Locked</em>}</li>
 * </ul>
 *
 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy()
 * @model
 * @generated
 */
public interface LayerPolicy extends EObject {
	/**
	 * Returns the value of the '<em><b>Layer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Name</em>' attribute.
	 * @see #setLayerName(String)
	 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy_LayerName()
	 * @model
	 * @generated
	 */
	String getLayerName();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerPolicy#getLayerName <em>Layer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Name</em>' attribute.
	 * @see #getLayerName()
	 * @generated
	 */
	void setLayerName(String value);

	/**
	 * Returns the value of the '<em><b>Op</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the layer's IR op, e.g. CONV2D.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Op</em>' attribute.
	 * @see #setOp(String)
	 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy_Op()
	 * @model
	 * @generated
	 */
	String getOp();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerPolicy#getOp <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Op</em>' attribute.
	 * @see #getOp()
	 * @generated
	 */
	void setOp(String value);

	/**
	 * Returns the value of the '<em><b>Weight Bits</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight bit width, 1 to 8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Bits</em>' attribute.
	 * @see #setWeightBits(int)
	 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy_WeightBits()
	 * @model default="8"
	 * @generated
	 */
	int getWeightBits();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerPolicy#getWeightBits <em>Weight Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight Bits</em>' attribute.
	 * @see #getWeightBits()
	 * @generated
	 */
	void setWeightBits(int value);

	/**
	 * Returns the value of the '<em><b>Activation Bits</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Activation bit width, 1 to 8.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activation Bits</em>' attribute.
	 * @see #setActivationBits(int)
	 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy_ActivationBits()
	 * @model default="8"
	 * @generated
	 */
	int getActivationBits();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerPolicy#getActivationBits <em>Activation Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation Bits</em>' attribute.
	 * @see #getActivationBits()
	 * @generated
	 */
	void setActivationBits(int value);

	/**
	 * Returns the value of the '<em><b>Weight Steps</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Float}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight quantization step per output channel; empty means calibrate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight Steps</em>' attribute list.
	 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy_WeightSteps()
	 * @model unique="false"
	 * @generated
	 */
	EList<Float> getWeightSteps();

	/**
	 * Returns the value of the '<em><b>Activation Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Activation quantization step; 0 means calibrate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activation Step</em>' attribute.
	 * @see #setActivationStep(float)
	 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy_ActivationStep()
	 * @model
	 * @generated
	 */
	float getActivationStep();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerPolicy#getActivationStep <em>Activation Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activation Step</em>' attribute.
	 * @see #getActivationStep()
	 * @generated
	 */
	void setActivationStep(float value);

	/**
	 * Returns the value of the '<em><b>Locked</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When true the search must not change this layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locked</em>' attribute.
	 * @see #setLocked(boolean)
	 * @see org.mcuq.policy.PolicyPackage#getLayerPolicy_Locked()
	 * @model
	 * @generated
	 */
	boolean isLocked();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerPolicy#isLocked <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locked</em>' attribute.
	 * @see #isLocked()
	 * @generated
	 */
	void setLocked(boolean value);

} // LayerPolicy
