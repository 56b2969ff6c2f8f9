/**
 */
package org.mcuq.policy;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Core Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.mcuq.policy.PolicyPackage#getCoreKind()
 * @model
 * @generated
 */
public enum CoreKind implements Enumerator {
	/**
	 * The '<em><b>CORTEX M3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTEX_M3_VALUE
	 * @generated
	 * @ordered
	 */
	CORTEX_M3(0, "CORTEX_M3", "CORTEX_M3"),

	/**
	 * The '<em><b>CORTEX M4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTEX_M4_VALUE
	 * @generated
	 * @ordered
	 */
	CORTEX_M4(1, "CORTEX_M4", "CORTEX_M4"),

	/**
	 * The '<em><b>CORTEX M7</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTEX_M7_VALUE
	 * @generated
	 * @ordered
	 */
	CORTEX_M7(2, "CORTEX_M7", "CORTEX_M7");

	/**
	 * The '<em><b>CORTEX M3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTEX_M3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORTEX_M3_VALUE = 0;

	/**
	 * The '<em><b>CORTEX M4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTEX_M4
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORTEX_M4_VALUE = 1;

	/**
	 * The '<em><b>CORTEX M7</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTEX_M7
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORTEX_M7_VALUE = 2;

	/**
	 * An array of all the '<em><b>Core Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CoreKind[] VALUES_ARRAY =
		new CoreKind[] {
			CORTEX_M3,
			CORTEX_M4,
			CORTEX_M7,
		};

	/**
	 * A public read-only list of all the '<em><b>Core Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CoreKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Core Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoreKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CoreKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Core Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoreKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CoreKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Core Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CoreKind get(int value) {
		switch (value) {
			case CORTEX_M3_VALUE: return CORTEX_M3;
			case CORTEX_M4_VALUE: return CORTEX_M4;
			case CORTEX_M7_VALUE: return CORTEX_M7;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CoreKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CoreKind
