package org.mcuq.importer.internal;

import org.nd4j.common.config.ND4JClassLoading;

/**
 * ND4J looks up its backend through the class loader it holds when first used, by default the thread's context
 * class loader. Inside OSGi that loader (e.g. the UI thread's) cannot see the backend embedded in the
 * org.mcuq.dl4j bundle, so ND4J is pointed at the loader of its own classes before any model is read.
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
