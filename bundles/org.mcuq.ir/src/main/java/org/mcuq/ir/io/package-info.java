/**
 * MCUQ network files ({@code .mcuqnet}): a {@link org.mcuq.ir.Network} saved exactly, weights bit for bit, with
 * optional string metadata such as the input scaling. See {@link org.mcuq.ir.io.NetworkFiles}.
 */
package org.mcuq.ir.io;
