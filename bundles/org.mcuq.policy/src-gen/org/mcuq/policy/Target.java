/**
 */
package org.mcuq.policy;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.Target#getCore <em>Core</em>}</li>
 *   <li>{@link org.mcuq.policy.Target#getBoard <em>Board</em>}</li>
 *   <li>{@link org.mcuq.policy.Target#getRamBudgetBytes <em>Ram Budget Bytes</em>}</li>
 *   <li>{@link org.mcuq.policy.Target#getFlashBudgetBytes <em>Flash Budget Bytes</em>}</li>
 *   <li>{@link org.mcuq.policy.Target#getLatencyBudgetCycles <em>Latency Budget Cycles</em>}</li>
 * </ul>
 *
 * @see org.mcuq.policy.PolicyPackage#getTarget()
 * @model
 * @generated
 */
public interface Target extends EObject {
	/**
	 * Returns the value of the '<em><b>Core</b></em>' attribute.
	 * The default value is <code>"CORTEX_M4"</code>.
	 * The literals are from the enumeration {@link org.mcuq.policy.CoreKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Core</em>' attribute.
	 * @see org.mcuq.policy.CoreKind
	 * @see #setCore(CoreKind)
	 * @see org.mcuq.policy.PolicyPackage#getTarget_Core()
	 * @model default="CORTEX_M4"
	 * @generated
	 */
	CoreKind getCore();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.Target#getCore <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' attribute.
	 * @see org.mcuq.policy.CoreKind
	 * @see #getCore()
	 * @generated
	 */
	void setCore(CoreKind value);

	/**
	 * Returns the value of the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Board or emulator the policy is meant for, e.g. qemu-m4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Board</em>' attribute.
	 * @see #setBoard(String)
	 * @see org.mcuq.policy.PolicyPackage#getTarget_Board()
	 * @model
	 * @generated
	 */
	String getBoard();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.Target#getBoard <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' attribute.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(String value);

	/**
	 * Returns the value of the '<em><b>Ram Budget Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RAM available to the network in bytes; 0 means unlimited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ram Budget Bytes</em>' attribute.
	 * @see #setRamBudgetBytes(long)
	 * @see org.mcuq.policy.PolicyPackage#getTarget_RamBudgetBytes()
	 * @model
	 * @generated
	 */
	long getRamBudgetBytes();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.Target#getRamBudgetBytes <em>Ram Budget Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ram Budget Bytes</em>' attribute.
	 * @see #getRamBudgetBytes()
	 * @generated
	 */
	void setRamBudgetBytes(long value);

	/**
	 * Returns the value of the '<em><b>Flash Budget Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flash available to the network in bytes; 0 means unlimited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flash Budget Bytes</em>' attribute.
	 * @see #setFlashBudgetBytes(long)
	 * @see org.mcuq.policy.PolicyPackage#getTarget_FlashBudgetBytes()
	 * @model
	 * @generated
	 */
	long getFlashBudgetBytes();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.Target#getFlashBudgetBytes <em>Flash Budget Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flash Budget Bytes</em>' attribute.
	 * @see #getFlashBudgetBytes()
	 * @generated
	 */
	void setFlashBudgetBytes(long value);

	/**
	 * Returns the value of the '<em><b>Latency Budget Cycles</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cycles allowed for one inference; 0 means unlimited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latency Budget Cycles</em>' attribute.
	 * @see #setLatencyBudgetCycles(long)
	 * @see org.mcuq.policy.PolicyPackage#getTarget_LatencyBudgetCycles()
	 * @model
	 * @generated
	 */
	long getLatencyBudgetCycles();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.Target#getLatencyBudgetCycles <em>Latency Budget Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency Budget Cycles</em>' attribute.
	 * @see #getLatencyBudgetCycles()
	 * @generated
	 */
	void setLatencyBudgetCycles(long value);

} // Target
