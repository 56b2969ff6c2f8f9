/**
 */
package org.mcuq.policy.util;

import org.eclipse.emf.common.util.URI;

import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * <!-- begin-user-doc -->
 * The <b>Resource </b> associated with the package.
 * <!-- end-user-doc -->
 * @see org.mcuq.policy.util.PolicyResourceFactoryImpl
 * @generated
 */
public class PolicyResourceImpl extends XMIResourceImpl {
	/**
	 * Creates an instance of the resource.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param uri the URI of the new resource.
	 * @generated
	 */
	public PolicyResourceImpl(URI uri) {
		super(uri);
	}

} //PolicyResourceImpl
