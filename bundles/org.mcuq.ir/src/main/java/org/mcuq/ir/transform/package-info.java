/** Graph rewrites that return a new, equivalent {@link org.mcuq.ir.Network}. */
package org.mcuq.ir.transform;
