/**
 */
package org.mcuq.policy;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.LayerProfile#getLayerName <em>Layer Name</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerProfile#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerProfile#getEstimatedCycles <em>Estimated Cycles</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerProfile#getRamBytes <em>Ram Bytes</em>}</li>
 *   <li>{@link org.mcuq.policy.LayerProfile#getFlashBytes <em>Flash Bytes</em>}</li>
 * </ul>
 *
 * @see org.mcuq.policy.PolicyPackage#getLayerProfile()
 * @model
 * @generated
 */
public interface LayerProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Layer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Name</em>' attribute.
	 * @see #setLayerName(String)
	 * @see org.mcuq.policy.PolicyPackage#getLayerProfile_LayerName()
	 * @model
	 * @generated
	 */
	String getLayerName();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerProfile#getLayerName <em>Layer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Name</em>' attribute.
	 * @see #getLayerName()
	 * @generated
	 */
	void setLayerName(String value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(long)
	 * @see org.mcuq.policy.PolicyPackage#getLayerProfile_Instructions()
	 * @model
	 * @generated
	 */
	long getInstructions();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerProfile#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(long value);

	/**
	 * Returns the value of the '<em><b>Estimated Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Estimated Cycles</em>' attribute.
	 * @see #setEstimatedCycles(long)
	 * @see org.mcuq.policy.PolicyPackage#getLayerProfile_EstimatedCycles()
	 * @model
	 * @generated
	 */
	long getEstimatedCycles();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerProfile#getEstimatedCycles <em>Estimated Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Cycles</em>' attribute.
	 * @see #getEstimatedCycles()
	 * @generated
	 */
	void setEstimatedCycles(long value);

	/**
	 * Returns the value of the '<em><b>Ram Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ram Bytes</em>' attribute.
	 * @see #setRamBytes(long)
	 * @see org.mcuq.policy.PolicyPackage#getLayerProfile_RamBytes()
	 * @model
	 * @generated
	 */
	long getRamBytes();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerProfile#getRamBytes <em>Ram Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ram Bytes</em>' attribute.
	 * @see #getRamBytes()
	 * @generated
	 */
	void setRamBytes(long value);

	/**
	 * Returns the value of the '<em><b>Flash Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flash Bytes</em>' attribute.
	 * @see #setFlashBytes(long)
	 * @see org.mcuq.policy.PolicyPackage#getLayerProfile_FlashBytes()
	 * @model
	 * @generated
	 */
	long getFlashBytes();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.LayerProfile#getFlashBytes <em>Flash Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flash Bytes</em>' attribute.
	 * @see #getFlashBytes()
	 * @generated
	 */
	void setFlashBytes(long value);

} // LayerProfile
