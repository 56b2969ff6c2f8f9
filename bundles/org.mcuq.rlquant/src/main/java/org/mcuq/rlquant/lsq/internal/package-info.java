/**
 * The LSQ training graph: fake-quantization ops, the graph builder (layer by layer, integer codes plus steps),
 * step initialisation, mini-batches, momentum SGD and the export to LiteEngine terms.
 */
package org.mcuq.rlquant.lsq.internal;
