/**
 * {@code mcuq quantize}: the whole job from a trained model and its data to a searched policy, the fine-tuned
 * model, a generated C project profiled on the board and a report against uniform and random baselines.
 */
package org.mcuq.rlquant.job;
