/**
 */
package org.mcuq.policy;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profile Results</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.ProfileResults#getBoard <em>Board</em>}</li>
 *   <li>{@link org.mcuq.policy.ProfileResults#getAccuracy <em>Accuracy</em>}</li>
 *   <li>{@link org.mcuq.policy.ProfileResults#getLayerProfiles <em>Layer Profiles</em>}</li>
 *   <li>{@link org.mcuq.policy.ProfileResults#getTotal <em>Total</em>}</li>
 * </ul>
 *
 * @see org.mcuq.policy.PolicyPackage#getProfileResults()
 * @model
 * @generated
 */
public interface ProfileResults extends EObject {
	/**
	 * Returns the value of the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Board</em>' attribute.
	 * @see #setBoard(String)
	 * @see org.mcuq.policy.PolicyPackage#getProfileResults_Board()
	 * @model
	 * @generated
	 */
	String getBoard();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.ProfileResults#getBoard <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' attribute.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(String value);

	/**
	 * Returns the value of the '<em><b>Accuracy</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measured accuracy in 0..1; -1 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accuracy</em>' attribute.
	 * @see #setAccuracy(double)
	 * @see org.mcuq.policy.PolicyPackage#getProfileResults_Accuracy()
	 * @model default="-1"
	 * @generated
	 */
	double getAccuracy();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.ProfileResults#getAccuracy <em>Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accuracy</em>' attribute.
	 * @see #getAccuracy()
	 * @generated
	 */
	void setAccuracy(double value);

	/**
	 * Returns the value of the '<em><b>Layer Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.mcuq.policy.LayerProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Profiles</em>' containment reference list.
	 * @see org.mcuq.policy.PolicyPackage#getProfileResults_LayerProfiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<LayerProfile> getLayerProfiles();

	/**
	 * Returns the value of the '<em><b>Total</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' containment reference.
	 * @see #setTotal(LayerProfile)
	 * @see org.mcuq.policy.PolicyPackage#getProfileResults_Total()
	 * @model containment="true"
	 * @generated
	 */
	LayerProfile getTotal();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.ProfileResults#getTotal <em>Total</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' containment reference.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(LayerProfile value);

} // ProfileResults
