/**
 */
package org.mcuq.policy;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Search Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.SearchProvenance#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.mcuq.policy.SearchProvenance#getEpisodes <em>Episodes</em>}</li>
 *   <li>{@link org.mcuq.policy.SearchProvenance#getBestReward <em>Best Reward</em>}</li>
 *   <li>{@link org.mcuq.policy.SearchProvenance#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.mcuq.policy.SearchProvenance#getTimestamp <em>Timestamp</em>}</li>
 * </ul>
 *
 * @see org.mcuq.policy.PolicyPackage#getSearchProvenance()
 * @model
 * @generated
 */
public interface SearchProvenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.mcuq.policy.PolicyPackage#getSearchProvenance_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.SearchProvenance#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Episodes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Episodes</em>' attribute.
	 * @see #setEpisodes(int)
	 * @see org.mcuq.policy.PolicyPackage#getSearchProvenance_Episodes()
	 * @model
	 * @generated
	 */
	int getEpisodes();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.SearchProvenance#getEpisodes <em>Episodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Episodes</em>' attribute.
	 * @see #getEpisodes()
	 * @generated
	 */
	void setEpisodes(int value);

	/**
	 * Returns the value of the '<em><b>Best Reward</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Best Reward</em>' attribute.
	 * @see #setBestReward(double)
	 * @see org.mcuq.policy.PolicyPackage#getSearchProvenance_BestReward()
	 * @model
	 * @generated
	 */
	double getBestReward();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.SearchProvenance#getBestReward <em>Best Reward</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Best Reward</em>' attribute.
	 * @see #getBestReward()
	 * @generated
	 */
	void setBestReward(double value);

	/**
	 * Returns the value of the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Algorithm</em>' attribute.
	 * @see #setAlgorithm(String)
	 * @see org.mcuq.policy.PolicyPackage#getSearchProvenance_Algorithm()
	 * @model
	 * @generated
	 */
	String getAlgorithm();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.SearchProvenance#getAlgorithm <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm</em>' attribute.
	 * @see #getAlgorithm()
	 * @generated
	 */
	void setAlgorithm(String value);

	/**
	 * Returns the value of the '<em><b>Timestamp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the search finished, ISO-8601.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timestamp</em>' attribute.
	 * @see #setTimestamp(String)
	 * @see org.mcuq.policy.PolicyPackage#getSearchProvenance_Timestamp()
	 * @model
	 * @generated
	 */
	String getTimestamp();

	/**
	 * Sets the value of the '{@link org.mcuq.policy.SearchProvenance#getTimestamp <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timestamp</em>' attribute.
	 * @see #getTimestamp()
	 * @generated
	 */
	void setTimestamp(String value);

} // SearchProvenance
