/** Lifetimes and first-fit placement behind {@link org.mcuq.liteengine.memory.MemoryPlanner}. */
package org.mcuq.liteengine.memory.internal;
