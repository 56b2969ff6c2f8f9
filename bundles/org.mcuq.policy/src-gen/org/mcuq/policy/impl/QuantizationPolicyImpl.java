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

import org.mcuq.policy.LayerPolicy;
import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.ProfileResults;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.SearchProvenance;
import org.mcuq.policy.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quantization Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.impl.QuantizationPolicyImpl#getModelFile <em>Model File</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.QuantizationPolicyImpl#getModelSha256 <em>Model Sha256</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.QuantizationPolicyImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.QuantizationPolicyImpl#getLayers <em>Layers</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.QuantizationPolicyImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.QuantizationPolicyImpl#getProfile <em>Profile</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuantizationPolicyImpl extends MinimalEObjectImpl.Container implements QuantizationPolicy {
	/**
	 * The default value of the '{@link #getModelFile() <em>Model File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelFile()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelFile() <em>Model File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelFile()
	 * @generated
	 * @ordered
	 */
	protected String modelFile = MODEL_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelSha256() <em>Model Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSha256()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_SHA256_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModelSha256() <em>Model Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelSha256()
	 * @generated
	 * @ordered
	 */
	protected String modelSha256 = MODEL_SHA256_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Target target;

	/**
	 * The cached value of the '{@link #getLayers() <em>Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<LayerPolicy> layers;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected SearchProvenance provenance;

	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected ProfileResults profile;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuantizationPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyPackage.Literals.QUANTIZATION_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelFile() {
		return modelFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelFile(String newModelFile) {
		String oldModelFile = modelFile;
		modelFile = newModelFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__MODEL_FILE, oldModelFile, modelFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelSha256() {
		return modelSha256;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelSha256(String newModelSha256) {
		String oldModelSha256 = modelSha256;
		modelSha256 = newModelSha256;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__MODEL_SHA256, oldModelSha256, modelSha256));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(Target newTarget, NotificationChain msgs) {
		Target oldTarget = target;
		target = newTarget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__TARGET, oldTarget, newTarget);
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
	public void setTarget(Target newTarget) {
		if (newTarget != target) {
			NotificationChain msgs = null;
			if (target != null)
				msgs = ((InternalEObject)target).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.QUANTIZATION_POLICY__TARGET, null, msgs);
			if (newTarget != null)
				msgs = ((InternalEObject)newTarget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.QUANTIZATION_POLICY__TARGET, null, msgs);
			msgs = basicSetTarget(newTarget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__TARGET, newTarget, newTarget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LayerPolicy> getLayers() {
		if (layers == null) {
			layers = new EObjectContainmentEList<LayerPolicy>(LayerPolicy.class, this, PolicyPackage.QUANTIZATION_POLICY__LAYERS);
		}
		return layers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SearchProvenance getProvenance() {
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProvenance(SearchProvenance newProvenance, NotificationChain msgs) {
		SearchProvenance oldProvenance = provenance;
		provenance = newProvenance;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__PROVENANCE, oldProvenance, newProvenance);
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
	public void setProvenance(SearchProvenance newProvenance) {
		if (newProvenance != provenance) {
			NotificationChain msgs = null;
			if (provenance != null)
				msgs = ((InternalEObject)provenance).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.QUANTIZATION_POLICY__PROVENANCE, null, msgs);
			if (newProvenance != null)
				msgs = ((InternalEObject)newProvenance).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.QUANTIZATION_POLICY__PROVENANCE, null, msgs);
			msgs = basicSetProvenance(newProvenance, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__PROVENANCE, newProvenance, newProvenance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfileResults getProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProfile(ProfileResults newProfile, NotificationChain msgs) {
		ProfileResults oldProfile = profile;
		profile = newProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__PROFILE, oldProfile, newProfile);
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
	public void setProfile(ProfileResults newProfile) {
		if (newProfile != profile) {
			NotificationChain msgs = null;
			if (profile != null)
				msgs = ((InternalEObject)profile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.QUANTIZATION_POLICY__PROFILE, null, msgs);
			if (newProfile != null)
				msgs = ((InternalEObject)newProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - PolicyPackage.QUANTIZATION_POLICY__PROFILE, null, msgs);
			msgs = basicSetProfile(newProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.QUANTIZATION_POLICY__PROFILE, newProfile, newProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PolicyPackage.QUANTIZATION_POLICY__TARGET:
				return basicSetTarget(null, msgs);
			case PolicyPackage.QUANTIZATION_POLICY__LAYERS:
				return ((InternalEList<?>)getLayers()).basicRemove(otherEnd, msgs);
			case PolicyPackage.QUANTIZATION_POLICY__PROVENANCE:
				return basicSetProvenance(null, msgs);
			case PolicyPackage.QUANTIZATION_POLICY__PROFILE:
				return basicSetProfile(null, msgs);
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
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_FILE:
				return getModelFile();
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_SHA256:
				return getModelSha256();
			case PolicyPackage.QUANTIZATION_POLICY__TARGET:
				return getTarget();
			case PolicyPackage.QUANTIZATION_POLICY__LAYERS:
				return getLayers();
			case PolicyPackage.QUANTIZATION_POLICY__PROVENANCE:
				return getProvenance();
			case PolicyPackage.QUANTIZATION_POLICY__PROFILE:
				return getProfile();
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
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_FILE:
				setModelFile((String)newValue);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_SHA256:
				setModelSha256((String)newValue);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__TARGET:
				setTarget((Target)newValue);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__LAYERS:
				getLayers().clear();
				getLayers().addAll((Collection<? extends LayerPolicy>)newValue);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__PROVENANCE:
				setProvenance((SearchProvenance)newValue);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__PROFILE:
				setProfile((ProfileResults)newValue);
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
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_FILE:
				setModelFile(MODEL_FILE_EDEFAULT);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_SHA256:
				setModelSha256(MODEL_SHA256_EDEFAULT);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__TARGET:
				setTarget((Target)null);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__LAYERS:
				getLayers().clear();
				return;
			case PolicyPackage.QUANTIZATION_POLICY__PROVENANCE:
				setProvenance((SearchProvenance)null);
				return;
			case PolicyPackage.QUANTIZATION_POLICY__PROFILE:
				setProfile((ProfileResults)null);
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
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_FILE:
				return MODEL_FILE_EDEFAULT == null ? modelFile != null : !MODEL_FILE_EDEFAULT.equals(modelFile);
			case PolicyPackage.QUANTIZATION_POLICY__MODEL_SHA256:
				return MODEL_SHA256_EDEFAULT == null ? modelSha256 != null : !MODEL_SHA256_EDEFAULT.equals(modelSha256);
			case PolicyPackage.QUANTIZATION_POLICY__TARGET:
				return target != null;
			case PolicyPackage.QUANTIZATION_POLICY__LAYERS:
				return layers != null && !layers.isEmpty();
			case PolicyPackage.QUANTIZATION_POLICY__PROVENANCE:
				return provenance != null;
			case PolicyPackage.QUANTIZATION_POLICY__PROFILE:
				return profile != null;
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
		result.append(" (modelFile: ");
		result.append(modelFile);
		result.append(", modelSha256: ");
		result.append(modelSha256);
		result.append(')');
		return result.toString();
	}

} //QuantizationPolicyImpl
