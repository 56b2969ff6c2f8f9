/**
 */
package org.mcuq.policy.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.mcuq.policy.LayerProfile;
import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.ProfileResults;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Profile Results</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.impl.ProfileResultsImpl#getBoard <em>Board</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.ProfileResultsImpl#getAccuracy <em>Accuracy</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.ProfileResultsImpl#getLayerProfiles <em>Layer Profiles</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.ProfileResultsImpl#getTotal <em>Total</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProfileResultsImpl extends MinimalEObjectImpl.Container implements ProfileResults {
	/**
	 * The default value of the '{@link #getBoard() <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected static final String BOARD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBoard() <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected String board = BOARD_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccuracy() <em>Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracy()
	 * @generated
	 * @ordered
	 */
	protected static final double ACCURACY_EDEFAULT = -1.0;

	/**
	 * The cached value of the '{@link #getAccuracy() <em>Accuracy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccuracy()
	 * @generated
	 * @ordered
	 */
	protected double accuracy = ACCURACY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayerProfiles() <em>Layer Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<LayerProfile> layerProfiles;

	/**
	 * The cached value of the '{@link #getTotal() <em>Total</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotal()
	 * @generated
	 * @ordered
	 */
	protected LayerProfile total;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProfileResultsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyPackage.Literals.PROFILE_RESULTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBoard() {
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoard(String newBoard) {
		String oldBoard = board;
		board = newBoard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.PROFILE_RESULTS__BOARD, oldBoard, board));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAccuracy() {
		return accuracy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccuracy(double newAccuracy) {
		double oldAccuracy = accuracy;
		accuracy = newAccuracy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.PROFILE_RESULTS__ACCURACY, oldAccuracy, accuracy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayerProfile> getLayerProfiles() {
		if (layerProfiles == null) {
			layerProfiles = new EObjectContainmentEList<LayerProfile>(LayerProfile.class, this, PolicyPackage.PROFILE_RESULTS__LAYER_PROFILES);
		}
		return layerProfiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerProfile getTotal() {
		return total;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTotal(LayerProfile newTotal, NotificationChain msgs) {
		LayerProfile oldTotal = total;
		total = newTotal;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PolicyPackage.PROFILE_RESULTS__TOTAL, oldTotal, newTotal);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotal(LayerProfile newTotal) {
		if (newTotal != total) {
			NotificationChain msgs = null;
			if (total != null)
				msgs = ((InternalEObject)total).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.PROFILE_RESULTS__TOTAL, null, msgs);
			if (newTotal != null)
				msgs = ((InternalEObject)newTotal).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.PROFILE_RESULTS__TOTAL, null, msgs);
			msgs = basicSetTotal(newTotal, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.PROFILE_RESULTS__TOTAL, newTotal, newTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PolicyPackage.PROFILE_RESULTS__LAYER_PROFILES:
				return ((InternalEList<?>)getLayerProfiles()).basicRemove(otherEnd, msgs);
			case PolicyPackage.PROFILE_RESULTS__TOTAL:
				return basicSetTotal(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PolicyPackage.PROFILE_RESULTS__BOARD:
				return getBoard();
			case PolicyPackage.PROFILE_RESULTS__ACCURACY:
				return getAccuracy();
			case PolicyPackage.PROFILE_RESULTS__LAYER_PROFILES:
				return getLayerProfiles();
			case PolicyPackage.PROFILE_RESULTS__TOTAL:
				return getTotal();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PolicyPackage.PROFILE_RESULTS__BOARD:
				setBoard((String)newValue);
				return;
			case PolicyPackage.PROFILE_RESULTS__ACCURACY:
				setAccuracy((Double)newValue);
				return;
			case PolicyPackage.PROFILE_RESULTS__LAYER_PROFILES:
				getLayerProfiles().clear();
				getLayerProfiles().addAll((Collection<? extends LayerProfile>)newValue);
				return;
			case PolicyPackage.PROFILE_RESULTS__TOTAL:
				setTotal((LayerProfile)newValue);
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
			case PolicyPackage.PROFILE_RESULTS__BOARD:
				setBoard(BOARD_EDEFAULT);
				return;
			case PolicyPackage.PROFILE_RESULTS__ACCURACY:
				setAccuracy(ACCURACY_EDEFAULT);
				return;
			case PolicyPackage.PROFILE_RESULTS__LAYER_PROFILES:
				getLayerProfiles().clear();
				return;
			case PolicyPackage.PROFILE_RESULTS__TOTAL:
				setTotal((LayerProfile)null);
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
			case PolicyPackage.PROFILE_RESULTS__BOARD:
				return BOARD_EDEFAULT == null ? board != null : !BOARD_EDEFAULT.equals(board);
			case PolicyPackage.PROFILE_RESULTS__ACCURACY:
				return accuracy != ACCURACY_EDEFAULT;
			case PolicyPackage.PROFILE_RESULTS__LAYER_PROFILES:
				return layerProfiles != null && !layerProfiles.isEmpty();
			case PolicyPackage.PROFILE_RESULTS__TOTAL:
				return total != null;
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
		result.append(" (board: ");
		result.append(board);
		result.append(", accuracy: ");
		result.append(accuracy);
		result.append(')');
		return result.toString();
	}

} //ProfileResultsImpl
