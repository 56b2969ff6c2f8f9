/**
 */
package org.mcuq.policy.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mcuq.policy.LayerProfile;
import org.mcuq.policy.PolicyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer Profile</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.impl.LayerProfileImpl#getLayerName <em>Layer Name</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerProfileImpl#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerProfileImpl#getEstimatedCycles <em>Estimated Cycles</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerProfileImpl#getRamBytes <em>Ram Bytes</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerProfileImpl#getFlashBytes <em>Flash Bytes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerProfileImpl extends MinimalEObjectImpl.Container implements LayerProfile {
	/**
	 * The default value of the '{@link #getLayerName() <em>Layer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerName()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayerName() <em>Layer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerName()
	 * @generated
	 * @ordered
	 */
	protected String layerName = LAYER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected static final long INSTRUCTIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInstructions() <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructions()
	 * @generated
	 * @ordered
	 */
	protected long instructions = INSTRUCTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedCycles() <em>Estimated Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long ESTIMATED_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEstimatedCycles() <em>Estimated Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedCycles()
	 * @generated
	 * @ordered
	 */
	protected long estimatedCycles = ESTIMATED_CYCLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRamBytes() <em>Ram Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long RAM_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRamBytes() <em>Ram Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamBytes()
	 * @generated
	 * @ordered
	 */
	protected long ramBytes = RAM_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlashBytes() <em>Flash Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlashBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long FLASH_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFlashBytes() <em>Flash Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlashBytes()
	 * @generated
	 * @ordered
	 */
	protected long flashBytes = FLASH_BYTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerProfileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyPackage.Literals.LAYER_PROFILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayerName() {
		return layerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerName(String newLayerName) {
		String oldLayerName = layerName;
		layerName = newLayerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_PROFILE__LAYER_NAME, oldLayerName, layerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInstructions() {
		return instructions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstructions(long newInstructions) {
		long oldInstructions = instructions;
		instructions = newInstructions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_PROFILE__INSTRUCTIONS, oldInstructions, instructions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEstimatedCycles() {
		return estimatedCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedCycles(long newEstimatedCycles) {
		long oldEstimatedCycles = estimatedCycles;
		estimatedCycles = newEstimatedCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_PROFILE__ESTIMATED_CYCLES, oldEstimatedCycles, estimatedCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRamBytes() {
		return ramBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRamBytes(long newRamBytes) {
		long oldRamBytes = ramBytes;
		ramBytes = newRamBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_PROFILE__RAM_BYTES, oldRamBytes, ramBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFlashBytes() {
		return flashBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlashBytes(long newFlashBytes) {
		long oldFlashBytes = flashBytes;
		flashBytes = newFlashBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_PROFILE__FLASH_BYTES, oldFlashBytes, flashBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PolicyPackage.LAYER_PROFILE__LAYER_NAME:
				return getLayerName();
			case PolicyPackage.LAYER_PROFILE__INSTRUCTIONS:
				return getInstructions();
			case PolicyPackage.LAYER_PROFILE__ESTIMATED_CYCLES:
				return getEstimatedCycles();
			case PolicyPackage.LAYER_PROFILE__RAM_BYTES:
				return getRamBytes();
			case PolicyPackage.LAYER_PROFILE__FLASH_BYTES:
				return getFlashBytes();
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
			case PolicyPackage.LAYER_PROFILE__LAYER_NAME:
				setLayerName((String)newValue);
				return;
			case PolicyPackage.LAYER_PROFILE__INSTRUCTIONS:
				setInstructions((Long)newValue);
				return;
			case PolicyPackage.LAYER_PROFILE__ESTIMATED_CYCLES:
				setEstimatedCycles((Long)newValue);
				return;
			case PolicyPackage.LAYER_PROFILE__RAM_BYTES:
				setRamBytes((Long)newValue);
				return;
			case PolicyPackage.LAYER_PROFILE__FLASH_BYTES:
				setFlashBytes((Long)newValue);
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
			case PolicyPackage.LAYER_PROFILE__LAYER_NAME:
				setLayerName(LAYER_NAME_EDEFAULT);
				return;
			case PolicyPackage.LAYER_PROFILE__INSTRUCTIONS:
				setInstructions(INSTRUCTIONS_EDEFAULT);
				return;
			case PolicyPackage.LAYER_PROFILE__ESTIMATED_CYCLES:
				setEstimatedCycles(ESTIMATED_CYCLES_EDEFAULT);
				return;
			case PolicyPackage.LAYER_PROFILE__RAM_BYTES:
				setRamBytes(RAM_BYTES_EDEFAULT);
				return;
			case PolicyPackage.LAYER_PROFILE__FLASH_BYTES:
				setFlashBytes(FLASH_BYTES_EDEFAULT);
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
			case PolicyPackage.LAYER_PROFILE__LAYER_NAME:
				return LAYER_NAME_EDEFAULT == null ? layerName != null : !LAYER_NAME_EDEFAULT.equals(layerName);
			case PolicyPackage.LAYER_PROFILE__INSTRUCTIONS:
				return instructions != INSTRUCTIONS_EDEFAULT;
			case PolicyPackage.LAYER_PROFILE__ESTIMATED_CYCLES:
				return estimatedCycles != ESTIMATED_CYCLES_EDEFAULT;
			case PolicyPackage.LAYER_PROFILE__RAM_BYTES:
				return ramBytes != RAM_BYTES_EDEFAULT;
			case PolicyPackage.LAYER_PROFILE__FLASH_BYTES:
				return flashBytes != FLASH_BYTES_EDEFAULT;
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
		result.append(" (layerName: ");
		result.append(layerName);
		result.append(", instructions: ");
		result.append(instructions);
		result.append(", estimatedCycles: ");
		result.append(estimatedCycles);
		result.append(", ramBytes: ");
		result.append(ramBytes);
		result.append(", flashBytes: ");
		result.append(flashBytes);
		result.append(')');
		return result.toString();
	}

} //LayerProfileImpl
