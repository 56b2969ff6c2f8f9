/**
 * The cost model's machinery: kernel setups and their features, the kernel choice and arena plan replicated over
 * index arrays, requantization paths, calibrated coefficients and the per-layer cost tables.
 */
package org.mcuq.liteengine.cost.internal;
