/** Implementation of the pipeline: input files, calibration sets, policy checks, project spec records, make. */
package org.mcuq.pipeline.internal;
