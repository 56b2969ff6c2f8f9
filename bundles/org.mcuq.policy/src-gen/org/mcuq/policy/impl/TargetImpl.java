/**
 */
package org.mcuq.policy.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.mcuq.policy.CoreKind;
import org.mcuq.policy.PolicyPackage;
import org.mcuq.policy.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.mcuq.policy.impl.TargetImpl#getCore <em>Core</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.TargetImpl#getBoard <em>Board</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.TargetImpl#getRamBudgetBytes <em>Ram Budget Bytes</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.TargetImpl#getFlashBudgetBytes <em>Flash Budget Bytes</em>}</li>
 *   <li>{@link org.mcuq.policy.impl.TargetImpl#getLatencyBudgetCycles <em>Latency Budget Cycles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetImpl extends MinimalEObjectImpl.Container implements Target {
	/**
	 * The default value of the '{@link #getCore() <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCore()
	 * @generated
	 * @ordered
	 */
	protected static final CoreKind CORE_EDEFAULT = CoreKind.CORTEX_M4;

	/**
	 * The cached value of the '{@link #getCore() <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCore()
	 * @generated
	 * @ordered
	 */
	protected CoreKind core = CORE_EDEFAULT;

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
	 * The default value of the '{@link #getRamBudgetBytes() <em>Ram Budget Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamBudgetBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long RAM_BUDGET_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRamBudgetBytes() <em>Ram Budget Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamBudgetBytes()
	 * @generated
	 * @ordered
	 */
	protected long ramBudgetBytes = RAM_BUDGET_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlashBudgetBytes() <em>Flash Budget Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlashBudgetBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long FLASH_BUDGET_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFlashBudgetBytes() <em>Flash Budget Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlashBudgetBytes()
	 * @generated
	 * @ordered
	 */
	protected long flashBudgetBytes = FLASH_BUDGET_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatencyBudgetCycles() <em>Latency Budget Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyBudgetCycles()
	 * @generated
	 * @ordered
	 */
	protected static final long LATENCY_BUDGET_CYCLES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLatencyBudgetCycles() <em>Latency Budget Cycles</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyBudgetCycles()
	 * @generated
	 * @ordered
	 */
	protected long latencyBudgetCycles = LATENCY_BUDGET_CYCLES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PolicyPackage.Literals.TARGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoreKind getCore() {
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCore(CoreKind newCore) {
		CoreKind oldCore = core;
		core = newCore == null ? CORE_EDEFAULT : newCore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.TARGET__CORE, oldCore, core));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.TARGET__BOARD, oldBoard, board));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRamBudgetBytes() {
		return ramBudgetBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRamBudgetBytes(long newRamBudgetBytes) {
		long oldRamBudgetBytes = ramBudgetBytes;
		ramBudgetBytes = newRamBudgetBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.TARGET__RAM_BUDGET_BYTES, oldRamBudgetBytes, ramBudgetBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFlashBudgetBytes() {
		return flashBudgetBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlashBudgetBytes(long newFlashBudgetBytes) {
		long oldFlashBudgetBytes = flashBudgetBytes;
		flashBudgetBytes = newFlashBudgetBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.TARGET__FLASH_BUDGET_BYTES, oldFlashBudgetBytes, flashBudgetBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLatencyBudgetCycles() {
		return latencyBudgetCycles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatencyBudgetCycles(long newLatencyBudgetCycles) {
		long oldLatencyBudgetCycles = latencyBudgetCycles;
		latencyBudgetCycles = newLatencyBudgetCycles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PolicyPackage.TARGET__LATENCY_BUDGET_CYCLES, oldLatencyBudgetCycles, latencyBudgetCycles));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PolicyPackage.TARGET__CORE:
				return getCore();
			case PolicyPackage.TARGET__BOARD:
				return getBoard();
			case PolicyPackage.TARGET__RAM_BUDGET_BYTES:
				return getRamBudgetBytes();
			case PolicyPackage.TARGET__FLASH_BUDGET_BYTES:
				return getFlashBudgetBytes();
			case PolicyPackage.TARGET__LATENCY_BUDGET_CYCLES:
				return getLatencyBudgetCycles();
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
			case PolicyPackage.TARGET__CORE:
				setCore((CoreKind)newValue);
				return;
			case PolicyPackage.TARGET__BOARD:
				setBoard((String)newValue);
				return;
			case PolicyPackage.TARGET__RAM_BUDGET_BYTES:
				setRamBudgetBytes((Long)newValue);
				return;
			case PolicyPackage.TARGET__FLASH_BUDGET_BYTES:
				setFlashBudgetBytes((Long)newValue);
				return;
			case PolicyPackage.TARGET__LATENCY_BUDGET_CYCLES:
				setLatencyBudgetCycles((Long)newValue);
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
			case PolicyPackage.TARGET__CORE:
				setCore(CORE_EDEFAULT);
				return;
			case PolicyPackage.TARGET__BOARD:
				setBoard(BOARD_EDEFAULT);
				return;
			case PolicyPackage.TARGET__RAM_BUDGET_BYTES:
				setRamBudgetBytes(RAM_BUDGET_BYTES_EDEFAULT);
				return;
			case PolicyPackage.TARGET__FLASH_BUDGET_BYTES:
				setFlashBudgetBytes(FLASH_BUDGET_BYTES_EDEFAULT);
				return;
			case PolicyPackage.TARGET__LATENCY_BUDGET_CYCLES:
				setLatencyBudgetCycles(LATENCY_BUDGET_CYCLES_EDEFAULT);
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
			case PolicyPackage.TARGET__CORE:
				return core != CORE_EDEFAULT;
			case PolicyPackage.TARGET__BOARD:
				return BOARD_EDEFAULT == null ? board != null : !BOARD_EDEFAULT.equals(board);
			case PolicyPackage.TARGET__RAM_BUDGET_BYTES:
				return ramBudgetBytes != RAM_BUDGET_BYTES_EDEFAULT;
			case PolicyPackage.TARGET__FLASH_BUDGET_BYTES:
				return flashBudgetBytes != FLASH_BUDGET_BYTES_EDEFAULT;
			case PolicyPackage.TARGET__LATENCY_BUDGET_CYCLES:
				return latencyBudgetCycles != LATENCY_BUDGET_CYCLES_EDEFAULT;
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
		result.append(" (core: ");
		result.append(core);
		result.append(", board: ");
		result.append(board);
		result.append(", ramBudgetBytes: ");
		result.append(ramBudgetBytes);
		result.append(", flashBudgetBytes: ");
		result.append(flashBudgetBytes);
		result.append(", latencyBudgetCycles: ");
		result.append(latencyBudgetCycles);
		result.append(')');
		return result.toString();
	}

} //TargetImpl
