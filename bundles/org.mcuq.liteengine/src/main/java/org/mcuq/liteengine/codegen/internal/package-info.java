/**
 * Emitters of the generated C: kernel selection, the per-layer C files from the templates in the bundle's
 * {@code liteengine-c/} resources, the network and application sources, and the manifest-guarded project writer.
 */
package org.mcuq.liteengine.codegen.internal;
