/**
 */
package org.mcuq.policy.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.impl.LayerPolicyImpl#getLayerName <em>Layer Name</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerPolicyImpl#getOp <em>Op</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerPolicyImpl#getWeightBits <em>Weight Bits</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerPolicyImpl#getActivationBits <em>Activation Bits</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerPolicyImpl#getWeightSteps <em>Weight Steps</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerPolicyImpl#getActivationStep <em>Activation Step</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.LayerPolicyImpl#isLocked <em>Locked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerPolicyImpl extends MinimalEObjectImpl.Container implements LayerPolicy {
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
	 * The default value of the '{@link #getOp() <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOp()
	 * @generated
	 * @ordered
	 */
	protected static final String OP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOp() <em>Op</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOp()
	 * @generated
	 * @ordered
	 */
	protected String op = OP_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightBits() <em>Weight Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightBits()
	 * @generated
	 * @ordered
	 */
	protected static final int WEIGHT_BITS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getWeightBits() <em>Weight Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightBits()
	 * @generated
	 * @ordered
	 */
	protected int weightBits = WEIGHT_BITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivationBits() <em>Activation Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivationBits()
	 * @generated
	 * @ordered
	 */
	protected static final int ACTIVATION_BITS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getActivationBits() <em>Activation Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivationBits()
	 * @generated
	 * @ordered
	 */
	protected int activationBits = ACTIVATION_BITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWeightSteps() <em>Weight Steps</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Float> weightSteps;

	/**
	 * The default value of the '{@link #getActivationStep() <em>Activation Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivationStep()
	 * @generated
	 * @ordered
	 */
	protected static final float ACTIVATION_STEP_EDEFAULT = 0.0F;

	/**
	 * The cached value of the '{@link #getActivationStep() <em>Activation Step</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivationStep()
	 * @generated
	 * @ordered
	 */
	protected float activationStep = ACTIVATION_STEP_EDEFAULT;

	/**
	 * The default value of the '{@link #isLocked() <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocked()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCKED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLocked() <em>Locked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocked()
	 * @generated
	 * @ordered
	 */
	protected boolean locked = LOCKED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyPackage.Literals.LAYER_POLICY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_POLICY__LAYER_NAME, oldLayerName, layerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOp() {
		return op;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOp(String newOp) {
		String oldOp = op;
		op = newOp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_POLICY__OP, oldOp, op));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWeightBits() {
		return weightBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightBits(int newWeightBits) {
		int oldWeightBits = weightBits;
		weightBits = newWeightBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_POLICY__WEIGHT_BITS, oldWeightBits, weightBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActivationBits() {
		return activationBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivationBits(int newActivationBits) {
		int oldActivationBits = activationBits;
		activationBits = newActivationBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_POLICY__ACTIVATION_BITS, oldActivationBits, activationBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Float> getWeightSteps() {
		if (weightSteps == null) {
			weightSteps = new EDataTypeEList<Float>(Float.class, this, PolicyPackage.LAYER_POLICY__WEIGHT_STEPS);
		}
		return weightSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public float getActivationStep() {
		return activationStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivationStep(float newActivationStep) {
		float oldActivationStep = activationStep;
		activationStep = newActivationStep;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_POLICY__ACTIVATION_STEP, oldActivationStep, activationStep));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLocked() {
		return locked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocked(boolean newLocked) {
		boolean oldLocked = locked;
		locked = newLocked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.LAYER_POLICY__LOCKED, oldLocked, locked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PolicyPackage.LAYER_POLICY__LAYER_NAME:
				return getLayerName();
			case PolicyPackage.LAYER_POLICY__OP:
				return getOp();
			case PolicyPackage.LAYER_POLICY__WEIGHT_BITS:
				return getWeightBits();
			case PolicyPackage.LAYER_POLICY__ACTIVATION_BITS:
				return getActivationBits();
			case PolicyPackage.LAYER_POLICY__WEIGHT_STEPS:
				return getWeightSteps();
			case PolicyPackage.LAYER_POLICY__ACTIVATION_STEP:
				return getActivationStep();
			case PolicyPackage.LAYER_POLICY__LOCKED:
				return isLocked();
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
			case PolicyPackage.LAYER_POLICY__LAYER_NAME:
				setLayerName((String)newValue);
				return;
			case PolicyPackage.LAYER_POLICY__OP:
				setOp((String)newValue);
				return;
			case PolicyPackage.LAYER_POLICY__WEIGHT_BITS:
				setWeightBits((Integer)newValue);
				return;
			case PolicyPackage.LAYER_POLICY__ACTIVATION_BITS:
				setActivationBits((Integer)newValue);
				return;
			case PolicyPackage.LAYER_POLICY__WEIGHT_STEPS:
				getWeightSteps().clear();
				getWeightSteps().addAll((Collection<? extends Float>)newValue);
				return;
			case PolicyPackage.LAYER_POLICY__ACTIVATION_STEP:
				setActivationStep((Float)newValue);
				return;
			case PolicyPackage.LAYER_POLICY__LOCKED:
				setLocked((Boolean)newValue);
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
			case PolicyPackage.LAYER_POLICY__LAYER_NAME:
				setLayerName(LAYER_NAME_EDEFAULT);
				return;
			case PolicyPackage.LAYER_POLICY__OP:
				setOp(OP_EDEFAULT);
				return;
			case PolicyPackage.LAYER_POLICY__WEIGHT_BITS:
				setWeightBits(WEIGHT_BITS_EDEFAULT);
				return;
			case PolicyPackage.LAYER_POLICY__ACTIVATION_BITS:
				setActivationBits(ACTIVATION_BITS_EDEFAULT);
				return;
			case PolicyPackage.LAYER_POLICY__WEIGHT_STEPS:
				getWeightSteps().clear();
				return;
			case PolicyPackage.LAYER_POLICY__ACTIVATION_STEP:
				setActivationStep(ACTIVATION_STEP_EDEFAULT);
				return;
			case PolicyPackage.LAYER_POLICY__LOCKED:
				setLocked(LOCKED_EDEFAULT);
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
			case PolicyPackage.LAYER_POLICY__LAYER_NAME:
				return LAYER_NAME_EDEFAULT == null ? layerName != null : !LAYER_NAME_EDEFAULT.equals(layerName);
			case PolicyPackage.LAYER_POLICY__OP:
				return OP_EDEFAULT == null ? op != null : !OP_EDEFAULT.equals(op);
			case PolicyPackage.LAYER_POLICY__WEIGHT_BITS:
				return weightBits != WEIGHT_BITS_EDEFAULT;
			case PolicyPackage.LAYER_POLICY__ACTIVATION_BITS:
				return activationBits != ACTIVATION_BITS_EDEFAULT;
			case PolicyPackage.LAYER_POLICY__WEIGHT_STEPS:
				return weightSteps != null && !weightSteps.isEmpty();
			case PolicyPackage.LAYER_POLICY__ACTIVATION_STEP:
				return activationStep != ACTIVATION_STEP_EDEFAULT;
			case PolicyPackage.LAYER_POLICY__LOCKED:
				return locked != LOCKED_EDEFAULT;
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
		result.append(", op: ");
		result.append(op);
		result.append(", weightBits: ");
		result.append(weightBits);
		result.append(", activationBits: ");
		result.append(activationBits);
		result.append(", weightSteps: ");
		result.append(weightSteps);
		result.append(", activationStep: ");
		result.append(activationStep);
		result.append(", locked: ");
		result.append(locked);
		result.append(')');
		return result.toString();
	}

} //LayerPolicyImpl
