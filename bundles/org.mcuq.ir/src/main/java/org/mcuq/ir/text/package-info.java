/** Plain-text and JSON output helpers shared by the reports of every MCUQ bundle: aligned columns, JSON strings. */
package org.mcuq.ir.text;
