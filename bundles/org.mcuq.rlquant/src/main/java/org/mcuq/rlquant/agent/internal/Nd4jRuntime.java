package org.mcuq.rlquant.agent.internal;

import org.nd4j.common.config.ND4JClassLoading;

/**
 * ND4J finds its backend through the class loader it holds when first used, by default the thread's context class
 * loader. Inside OSGi that loader may not see the backend embedded in the org.mcuq.dl4j bundle, so the agent points
 * ND4J at the loader of ND4J's own classes before creating any array.
 */
public final class Nd4jRuntime {

    private static volatile boolean prepared;

    private Nd4jRuntime() {
    }

    public static void prepare() {
        if (!prepared) {
            ND4JClassLoading.setNd4jClassloaderFromClass(ND4JClassLoading.class);
            prepared = true;
        }
    }
}
