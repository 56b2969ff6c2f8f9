/**
 */
package org.mcuq.policy.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.SearchProvenance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Search Provenance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.impl.SearchProvenanceImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.SearchProvenanceImpl#getEpisodes <em>Episodes</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.SearchProvenanceImpl#getBestReward <em>Best Reward</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.SearchProvenanceImpl#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.SearchProvenanceImpl#getTimestamp <em>Timestamp</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SearchProvenanceImpl extends MinimalEObjectImpl.Container implements SearchProvenance {
	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpisodes() <em>Episodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodes()
	 * @generated
	 * @ordered
	 */
	protected static final int EPISODES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEpisodes() <em>Episodes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodes()
	 * @generated
	 * @ordered
	 */
	protected int episodes = EPISODES_EDEFAULT;

	/**
	 * The default value of the '{@link #getBestReward() <em>Best Reward</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBestReward()
	 * @generated
	 * @ordered
	 */
	protected static final double BEST_REWARD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getBestReward() <em>Best Reward</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBestReward()
	 * @generated
	 * @ordered
	 */
	protected double bestReward = BEST_REWARD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final String ALGORITHM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected String algorithm = ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected static final String TIMESTAMP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimestamp() <em>Timestamp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimestamp()
	 * @generated
	 * @ordered
	 */
	protected String timestamp = TIMESTAMP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SearchProvenanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyPackage.Literals.SEARCH_PROVENANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.SEARCH_PROVENANCE__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEpisodes() {
		return episodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpisodes(int newEpisodes) {
		int oldEpisodes = episodes;
		episodes = newEpisodes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.SEARCH_PROVENANCE__EPISODES, oldEpisodes, episodes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBestReward() {
		return bestReward;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBestReward(double newBestReward) {
		double oldBestReward = bestReward;
		bestReward = newBestReward;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.SEARCH_PROVENANCE__BEST_REWARD, oldBestReward, bestReward));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlgorithm() {
		return algorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithm(String newAlgorithm) {
		String oldAlgorithm = algorithm;
		algorithm = newAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.SEARCH_PROVENANCE__ALGORITHM, oldAlgorithm, algorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimestamp() {
		return timestamp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimestamp(String newTimestamp) {
		String oldTimestamp = timestamp;
		timestamp = newTimestamp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.SEARCH_PROVENANCE__TIMESTAMP, oldTimestamp, timestamp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PolicyPackage.SEARCH_PROVENANCE__SEED:
				return getSeed();
			case PolicyPackage.SEARCH_PROVENANCE__EPISODES:
				return getEpisodes();
			case PolicyPackage.SEARCH_PROVENANCE__BEST_REWARD:
				return getBestReward();
			case PolicyPackage.SEARCH_PROVENANCE__ALGORITHM:
				return getAlgorithm();
			case PolicyPackage.SEARCH_PROVENANCE__TIMESTAMP:
				return getTimestamp();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PolicyPackage.SEARCH_PROVENANCE__SEED:
				setSeed((Long)newValue);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__EPISODES:
				setEpisodes((Integer)newValue);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__BEST_REWARD:
				setBestReward((Double)newValue);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__ALGORITHM:
				setAlgorithm((String)newValue);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__TIMESTAMP:
				setTimestamp((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PolicyPackage.SEARCH_PROVENANCE__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__EPISODES:
				setEpisodes(EPISODES_EDEFAULT);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__BEST_REWARD:
				setBestReward(BEST_REWARD_EDEFAULT);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__ALGORITHM:
				setAlgorithm(ALGORITHM_EDEFAULT);
				return;
			case PolicyPackage.SEARCH_PROVENANCE__TIMESTAMP:
				setTimestamp(TIMESTAMP_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PolicyPackage.SEARCH_PROVENANCE__SEED:
				return seed != SEED_EDEFAULT;
			case PolicyPackage.SEARCH_PROVENANCE__EPISODES:
				return episodes != EPISODES_EDEFAULT;
			case PolicyPackage.SEARCH_PROVENANCE__BEST_REWARD:
				return bestReward != BEST_REWARD_EDEFAULT;
			case PolicyPackage.SEARCH_PROVENANCE__ALGORITHM:
				return ALGORITHM_EDEFAULT == null ? algorithm != null : !ALGORITHM_EDEFAULT.equals(algorithm);
			case PolicyPackage.SEARCH_PROVENANCE__TIMESTAMP:
				return TIMESTAMP_EDEFAULT == null ? timestamp != null : !TIMESTAMP_EDEFAULT.equals(timestamp);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (seed: ");
		result.append(seed);
		result.append(", episodes: ");
		result.append(episodes);
		result.append(", bestReward: ");
		result.append(bestReward);
		result.append(", algorithm: ");
		result.append(algorithm);
		result.append(", timestamp: ");
		result.append(timestamp);
		result.append(')');
		return result.toString();
	}

} //SearchProvenanceImpl
