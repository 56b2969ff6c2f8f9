/**
 * RLQuant's lower level: LSQ fine-tuning (learned step size quantization) of a classifier in a SameDiff graph that
 * computes LiteEngine's integer arithmetic, exported as a fine-tuned network plus a
 * {@link org.mcuq.liteengine.quant.QuantizationSpec} with every learned step. Entry point: {@link
 * org.mcuq.rlquant.lsq.LsqTrainer}. Needs ND4J (the org.mcuq.dl4j bundle) at run time.
 */
package org.mcuq.rlquant.lsq;
