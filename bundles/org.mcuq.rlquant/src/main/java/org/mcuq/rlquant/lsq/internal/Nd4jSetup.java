package org.mcuq.rlquant.lsq.internal;

import org.nd4j.common.config.ND4JClassLoading;

/**
 * ND4J finds its backend through the class loader it holds when first used, by default the thread's context
 * class loader. Inside OSGi that loader cannot see the backend embedded in the org.mcuq.dl4j bundle, so ND4J is
 * pointed at the loader of its own classes before the first graph is built.
 */
public final class Nd4jSetup {

    private static volatile boolean prepared;

    private Nd4jSetup() {
    }

    public static void prepare() {
        if (!prepared) {
            ND4JClassLoading.setNd4jClassloaderFromClass(ND4JClassLoading.class);
            prepared = true;
        }
    }
}
